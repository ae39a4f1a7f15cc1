from typing import Generic, TypeVar, List, Dict, Optional

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def empty(self) -> bool:
        return not self.items


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.empty(), type(s).__name__, s.__orig_class__)
print(Stack[int], Stack[str] == Stack[str], Stack.__parameters__, Stack.__orig_bases__)
print(Stack.__mro__)


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v

    def __repr__(self):
        return f"Pair({self.k!r}, {self.v!r})"


print(Pair('a', 1), Pair[str, int], Pair[str, int]('b', 2), Pair.__parameters__)
IntPair = Pair[int, V]
print(IntPair, IntPair.__parameters__, IntPair[str])


class Named(Stack[str]):
    pass


print(Named.__orig_bases__, Named.__mro__, Named.__parameters__)


class Multi(Dict[K, V], Generic[K, V]):
    pass


print(Multi.__parameters__, Multi[int, str])
m = Multi()
m['a'] = 1
print(m)

for bad in (lambda: Generic[int], lambda: Pair[int], lambda: Pair[int, str, float],
            lambda: Stack[int][int], lambda: Generic[T, T]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    class Bad(Generic):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(List[T], Generic[K]):
        pass
except TypeError as e:
    print("TypeError:", e)


class Box[U]:
    def __init__(self, item: U):
        self.item = item


print(Box.__type_params__, Box.__parameters__, Box[int], Box(3).item)
