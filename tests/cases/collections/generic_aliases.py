# collections classes and collections.abc ABCs as generic aliases in annotations.
import collections
from collections.abc import Callable, Iterable, Mapping, Sequence, Generator


def f(x: Iterable[int], m: Mapping[str, list[int]]) -> Callable[[int, str], bool]:
    pass


print(f.__annotations__)
print(Callable[[int], str], Callable[..., int], Generator[int, None, None], Sequence[int].__origin__)
print(Callable[[int], str].__args__, Callable[[], int])
print(Iterable[int] == Iterable[int], Sequence[str].__args__)
try:
    Callable[int, str]
except TypeError as e:
    print("TypeError:", e)
print(collections.deque[int], collections.OrderedDict[str, int], collections.Counter[str])
print(collections.ChainMap[str, int], collections.UserList[int], collections.defaultdict[str, list])
print(collections.UserDict[str, int], collections.UserString[int] if False else '')
