from dataclasses import dataclass, field, fields, asdict, astuple, replace, KW_ONLY


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)


def non_default():
    @dataclass
    class C:
        x: int = 0
        y: int


def mutable_list():
    @dataclass
    class C:
        x: list = []


def mutable_dict():
    @dataclass
    class C:
        x: dict = {}


def mutable_set():
    @dataclass
    class C:
        x: set = set()


def both_defaults():
    field(default=1, default_factory=list)


def no_annotation():
    @dataclass
    class C:
        x = field(default=1)


def two_kw_only():
    @dataclass
    class C:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int


def hash_clash():
    @dataclass(unsafe_hash=True)
    class C:
        x: int

        def __hash__(self):
            return 1


attempt(non_default)
attempt(mutable_list)
attempt(mutable_dict)
attempt(mutable_set)
attempt(both_defaults)
attempt(no_annotation)
attempt(two_kw_only)
attempt(hash_clash)
attempt(lambda: fields(1))
attempt(lambda: asdict(1))
attempt(lambda: astuple(int))
attempt(lambda: replace(3))


@dataclass
class D:
    a: int
    b: int = field(init=False, default=5)


attempt(lambda: replace(D(1), b=2))
attempt(lambda: replace(D(1), c=2))
attempt(lambda: D(1, 2))
attempt(lambda: D())
