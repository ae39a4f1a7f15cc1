# The typing aliases of collections.abc classes.
from typing import (Callable, Iterable, Iterator, Sequence, Mapping, MutableMapping, Hashable,
                    Sized, get_origin, get_args, Generator, AbstractSet)
import collections.abc

for tp in (Callable[[int], str], Callable[..., int], Iterable[int], Mapping[str, int],
           Generator[int, None, None], AbstractSet[str], Callable):
    print(repr(tp), '->', get_origin(tp), get_args(tp))
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance({}, Mapping), isinstance(len, Callable))
print(issubclass(list, Sequence), issubclass(dict, MutableMapping), isinstance(iter([]), Iterator))
print(isinstance(1, Hashable), isinstance([], Sized))


class MyList(Sequence[int]):
    def __init__(self, data):
        self.data = data

    def __getitem__(self, i):
        return self.data[i]

    def __len__(self):
        return len(self.data)


m = MyList([3, 1, 2])
print(list(m), 1 in m, m.index(2), list(reversed(m)), MyList.__orig_bases__)


def apply(f: Callable[[int], int], xs: Iterable[int]) -> list:
    return [f(x) for x in xs]


print(apply(lambda x: x * 2, range(3)))
print(Callable[[int], str] == collections.abc.Callable[[int], str])
