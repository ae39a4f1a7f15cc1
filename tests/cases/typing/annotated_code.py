# Typical annotated code runs unchanged.
from __future__ import annotations

from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterator, List, Literal,
                    Optional, Protocol, Self, Sequence, Tuple, TypeVar, Union, cast, overload,
                    TYPE_CHECKING, get_type_hints, TypeAlias)

if TYPE_CHECKING:
    from collections.abc import Mapping

T = TypeVar('T')
Number = Union[int, float]
Vector: TypeAlias = List[float]
MAX_SIZE: Final[int] = 3


class Shape(Protocol):
    def area(self) -> float: ...


class Square:
    sides: ClassVar[int] = 4

    def __init__(self, side: Number) -> None:
        self.side = side

    def area(self) -> float:
        return float(self.side ** 2)

    def scaled(self, k: float) -> Self:
        return type(self)(self.side * k)


def total_area(shapes: Sequence[Shape]) -> float:
    return sum(s.area() for s in shapes)


class Registry(Generic[T]):
    def __init__(self) -> None:
        self._items: Dict[str, T] = {}

    def register(self, name: str) -> Callable[[T], T]:
        def deco(obj: T) -> T:
            self._items[name] = obj
            return obj
        return deco

    def get(self, name: str, default: Optional[T] = None) -> Optional[T]:
        return self._items.get(name, default)

    def __iter__(self) -> Iterator[Tuple[str, T]]:
        return iter(sorted(self._items.items()))


handlers: Registry[Callable[..., Any]] = Registry()


@handlers.register('double')
def double(x: int) -> int:
    return 2 * x


@overload
def parse(v: str) -> int: ...
@overload
def parse(v: bytes) -> int: ...
def parse(v: Union[str, bytes]) -> int:
    return int(v)


def mode(m: Literal['fast', 'slow'] = 'fast') -> str:
    return m.upper()


sq = Square(2)
print(total_area([sq, sq.scaled(0.5)]), Square.sides, MAX_SIZE)
print(handlers.get('double')(21), handlers.get('nope'), [n for n, _ in handlers])
print(parse('12') + parse('3'), mode(), mode('slow'), cast(int, '7'))
print(get_type_hints(Square.area), Square.scaled.__annotations__)
print(get_type_hints(total_area, localns={'Shape': Shape}))
print(Vector, Number)
