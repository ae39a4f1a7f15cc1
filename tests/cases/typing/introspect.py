from typing import (get_origin, get_args, List, Dict, Union, Optional, Callable, Tuple,
                    Literal, Annotated, ClassVar, Generic, TypeVar, get_type_hints, Any)

T = TypeVar('T')
for tp in (List[int], Dict[str, int], Union[int, str], Optional[int], Tuple[int, ...], Literal[1, 2], Annotated[int, 'x'],
           ClassVar[int], list[int], int | str, int, List, Generic, Generic[T], Any):
    print(repr(tp), '->', get_origin(tp), get_args(tp))


class Node:
    value: int
    next: 'Node'
    tags: List[str]
    parent: Optional['Node'] = None


print(get_type_hints(Node))


def f(a: int, b: 'str' = 'x', c: None = None) -> List[int]:
    return []


print(get_type_hints(f))
print(f.__annotations__)


class Base:
    x: int


class Derived(Base):
    y: Annotated[str, 'meta']


print(get_type_hints(Derived), get_type_hints(Derived, include_extras=True))
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int])
print(hash(List[int]) == hash(List[int]), Literal[1, 2] == Literal[2, 1], List[int] == list[int])
print(isinstance(3, Union[int, str]), isinstance([], Union[int, str]), isinstance(3, int | str))
print(isinstance([], List), issubclass(list, List), isinstance({}, Dict))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, Any)
except TypeError as e:
    print("TypeError:", e)
