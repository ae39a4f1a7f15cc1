from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable,
                             Reversible, Collection, Awaitable, AsyncIterable, Buffer)

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
class OnlyIter:
    def __iter__(self):
        return iter([])
class NoIter:
    __iter__ = None
class S:
    def __len__(self):
        return 0
class Unhash:
    __hash__ = None
class Eq:
    def __eq__(self, o):
        return True
class Call:
    def __call__(self):
        pass
class Coll:
    def __len__(self): return 0
    def __iter__(self): return iter([])
    def __contains__(self, x): return False
class Rev(OnlyIter):
    def __reversed__(self): return iter([])
class Aw:
    def __await__(self): yield
class AI:
    def __aiter__(self): return self
class Buf:
    def __buffer__(self, flags): return memoryview(b'')
for cls in [It, OnlyIter, NoIter, S, Unhash, Eq, Call, Coll, Rev, Aw, AI, Buf]:
    print(cls.__name__.ljust(9), [abc.__name__ for abc in (Iterable, Iterator, Sized, Container,
          Hashable, Callable, Reversible, Collection, Awaitable, AsyncIterable, Buffer)
          if issubclass(cls, abc)])
print(isinstance(It(), Iterator), isinstance(OnlyIter(), Iterator))
