# Generic classes: the type parameter inside methods, Generic in the MRO, subscription.
class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def kind(self):
        return T

s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.kind(), type(s).__name__, Stack.__qualname__)
print(Stack.__type_params__, [c.__name__ for c in Stack.__mro__])
print(Stack[int], Stack[str] == Stack[str])

class Pair[K, V](dict[K, V]):
    pass

p = Pair(a=1)
print(p, [c.__name__ for c in Pair.__mro__], Pair.__type_params__)

class Child(Stack[str]):
    pass

print([c.__name__ for c in Child.__mro__], hasattr(Child, "__type_params__"), Child.__type_params__)

class Node[T: (int, str)]:
    pass

print(Node.__type_params__[0].__constraints__)
class Later[T: "Forward"]:
    pass

print(Later.__type_params__[0].__bound__)
