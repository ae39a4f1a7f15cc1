from dataclasses import dataclass, field


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: object = field(default=None, repr=False)


root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
print(root)


@dataclass
class Loop:
    me: object = None


l = Loop()
l.me = l
print(l)
a, b = Loop(), Loop()
a.me = b
b.me = a
print(a)
print([l, l])


@dataclass
class Outer:
    class_name: str

    @dataclass
    class Inner:
        v: int


print(Outer.Inner(3), Outer.Inner.__qualname__, Outer.Inner.__repr__.__qualname__)


def make():
    @dataclass
    class Local:
        q: int
    return Local(1)


print(make(), type(make()).__qualname__)
