from collections.abc import Sequence, Mapping, Hashable, Iterable, Sized
class V:
    pass
Sequence.register(V)
print(issubclass(V, Sequence), isinstance(V(), Sequence), issubclass(V, Iterable), issubclass(V, Sized))
match V():
    case [*_]:
        print("sequence pattern")
    case _:
        print("no sequence pattern")
class W(dict):
    pass
print(isinstance(W(), Mapping), issubclass(W, Hashable))
print(Sequence.register(V) is V)
print(issubclass(range, Sequence), issubclass(str, Hashable))
