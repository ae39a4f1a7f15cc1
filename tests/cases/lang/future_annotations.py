"""PEP 563: with `from __future__ import annotations`, annotations are stored as their
source text and never evaluated (forward references need no quotes)."""
from __future__ import annotations

import __future__


class Node:
    value: int
    next: Node | None = None
    children: list[Node]

    def add(self, other: Node, *args: int, flag: bool = False, **kw: str) -> Node:
        return self


def f(a: "quoted", b: Undefined[1, 2], c: dict[str, 'Node']) -> None:
    pass


print(Node.__annotations__)
print(Node.add.__annotations__)
print(f.__annotations__)
print(__annotations__ if '__annotations__' in dir() else None)
x: SomethingUndefined = 5
y: list[int]
print(x, __annotations__)


def inner():
    z: AlsoUndefined = 3
    return z


print(inner(), __future__.annotations, __future__.annotations.getMandatoryRelease())
print(annotations)
