from typing import Protocol, runtime_checkable, SupportsInt, SupportsIndex, SupportsAbs


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self):
        print("closed")


class NotFile:
    pass


print(isinstance(File(), Closable), isinstance(NotFile(), Closable), issubclass(File, Closable))


class Drawable(Protocol):
    def draw(self) -> str:
        ...


class Circle:
    def draw(self) -> str:
        return "circle"


def render(d: Drawable) -> str:
    return d.draw()


print(render(Circle()))
try:
    isinstance(Circle(), Drawable)
except TypeError as e:
    print("TypeError:", e)
try:
    Drawable()
except TypeError as e:
    print("TypeError:", e)


@runtime_checkable
class HasName(Protocol):
    name: str


class P:
    name = 'p'


print(isinstance(P(), HasName), isinstance(1, HasName))
try:
    issubclass(P, HasName)
except TypeError as e:
    print("TypeError:", e)


class Impl(Drawable):
    def draw(self):
        return "impl"


print(Impl().draw(), isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3, SupportsIndex))
print(isinstance(2.5, SupportsAbs), Closable.__protocol_attrs__ if False else sorted(Closable.__protocol_attrs__))
try:
    runtime_checkable(int)
except TypeError as e:
    print("TypeError:", e)
try:
    class Mixed(Protocol, int):
        pass
except TypeError as e:
    print("TypeError:", e)
