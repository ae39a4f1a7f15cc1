import typing
from typing import (Any, Union, Optional, List, Dict, Set, FrozenSet, Tuple, Type, Callable,
                    Literal, Final, ClassVar, Annotated, TypeVar, NoReturn, Never, Self,
                    LiteralString, TypeAlias, ForwardRef, Concatenate, ParamSpec, Iterable,
                    Iterator, Sequence, Mapping, MutableMapping, Generator, Awaitable)

T = TypeVar('T')
K = TypeVar('K', covariant=True)
V = TypeVar('V', contravariant=True)
print(T, K, V, T.__name__, TypeVar('N', int, str).__constraints__, TypeVar('B', bound=int).__bound__)
print(Any, NoReturn, Never, Self, LiteralString, TypeAlias)
print(List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, Mapping, Generator)
print(List[int], Dict[str, int], Set[bytes], FrozenSet[int], Type[int])
print(Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Optional[int], Optional[List[int]], Union[int, str], Union[int, str, None], Union[int])
print(Union[None, int], Union[int, Union[str, float]], Union[int, int, str])
print(Literal[1, 'a', True, None], Literal['x'])
print(Final[int], ClassVar[List[int]], Annotated[int, 'meta', 5])
print(List['Forward'], ForwardRef('X'), Optional['Node'])
print(Iterable[int], Iterator[str], Sequence[T], Mapping[str, T], MutableMapping[K, V])
print(Dict[str, List[Tuple[int, ...]]], List[Optional[int]])
print(int | None, int | str, list[int] | None)
print(Awaitable[int], Generator[int, None, None])
print(List[T][int], Dict[K, V][str, int], Callable[[T], T][int])
P = ParamSpec('P')
print(P, P.args, P.kwargs, Callable[P, int], Concatenate[int, P])
print(typing.Text, typing.AnyStr, typing.TYPE_CHECKING)
print(repr(typing.Hashable), typing.Sized)
