# deque is a registered MutableSequence, so it is a sequence for match statements too.
from collections import deque
from collections.abc import Sequence, MutableSequence, Iterable, Reversible, Hashable


d = deque([1, 2, 3])
print(isinstance(d, Sequence), isinstance(d, MutableSequence), isinstance(d, Iterable))
print(isinstance(d, Reversible), isinstance(d, Hashable), issubclass(deque, MutableSequence))

match d:
    case [first, *rest]:
        print("sequence", first, rest)

match deque():
    case []:
        print("empty deque")


class MyDeque(deque):
    pass


match MyDeque('xy'):
    case [a, b]:
        print("subclass", a, b)

match {'k': deque([1])}:
    case {'k': [one]}:
        print("nested", one)
