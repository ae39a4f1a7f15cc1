from typing import (cast, overload, no_type_check, NewType, final, TYPE_CHECKING, List, Any,
                    TypedDict, Literal, Final, assert_never, get_overloads, Union, Optional,
                    Required, NotRequired, is_typeddict, ClassVar)

if TYPE_CHECKING:
    import nonexistent_module

print(cast(int, 'x'), cast(List[int], [1]), cast('str', 3))

UserId = NewType('UserId', int)
u = UserId(5)
print(u, type(u), UserId, UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double('ab'), len(get_overloads(double)))


@no_type_check
def g(a: 'not a type') -> 'whatever':
    return a


print(g(1), g.__no_type_check__)


@final
class Leaf:
    pass


print(Leaf.__final__)


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    rating: float


class Full(Movie, Partial):
    extra: NotRequired[str]


m = Movie(title='Blade Runner', year=1982)
print(m, type(m).__name__, sorted(Movie.__required_keys__), Movie.__total__)
print(sorted(Full.__required_keys__), sorted(Full.__optional_keys__), Partial.__total__)
print(list(Full.__annotations__), is_typeddict(Movie), is_typeddict(dict))
Point = TypedDict('Point', {'x': int, 'y': int})
print(Point(x=1, y=2), sorted(Point.__required_keys__), Point.__name__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)

Mode = Literal['r', 'w']


def open_it(mode: Mode) -> str:
    match mode:
        case 'r':
            return 'read'
        case 'w':
            return 'write'
        case _:
            assert_never(mode)


print(open_it('r'), open_it('w'))
try:
    open_it('x')
except AssertionError as e:
    print("AssertionError:", e)
MAX: Final = 10
print(MAX, __annotations__)


class Config:
    default: ClassVar[int] = 3
    name: Optional[str] = None


print(Config.__annotations__)
for bad in (lambda: Union[()], lambda: Optional[int, str], lambda: List[int, str], lambda: Any(),
            lambda: List(), lambda: Union(), lambda: Callable_bad()):
    try:
        bad()
    except (TypeError, NameError) as e:
        print(type(e).__name__ + ":", e)
