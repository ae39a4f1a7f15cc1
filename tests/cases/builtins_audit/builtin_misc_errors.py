one_f = 1.0
none = None
tests = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (1,), lambda: 1 < "a", lambda: len(5), lambda: "x" * 1.5,
    lambda: [1][one_f], lambda: {}[[1]], lambda: hash([]), lambda: int("x"), lambda: float("x"), lambda: chr(-1),
    lambda: ord("ab"), lambda: ord(""), lambda: abs("x"), lambda: bin(1.5), lambda: hex("a"), lambda: -"a",
    lambda: ~1.5, lambda: none(), lambda: (1).foo, lambda: getattr(1, "foo"), lambda: setattr(1, "x", 1),
    lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, (int, 1)), lambda: callable(),
    lambda: range(1.5), lambda: range(1, 2, 0), lambda: [].pop(), lambda: [].index(1), lambda: (1,).index(2),
    lambda: "abc".index("z"), lambda: {}.popitem(), lambda: set().pop(), lambda: [].remove(1), lambda: set().remove(1),
    lambda: divmod(1, "a"), lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 2 ** -1 % 0,
    lambda: int.from_bytes("a", "big"), lambda: (256).to_bytes(1, "big"), lambda: "a".join([1]), lambda: bytes([256]),
    lambda: bytes("a"), lambda: complex("1+"), lambda: float(complex(1)), lambda: dict([1]), lambda: dict([(1, 2, 3)]),
    lambda: frozenset([[1]]), lambda: sum([[1]]), lambda: max(1, "a"), lambda: sorted([1, None]), lambda: vars(1),
    lambda: format(1, "q"), lambda: "{0}{}".format(1, 2), lambda: "{".format(), lambda: "{a}".format(), lambda: "{0}".format(),
    lambda: "%d" % [], lambda: list(1), lambda: tuple(1), lambda: next(1), lambda: slice(), lambda: object(1),
    lambda: int(1, 2), lambda: type("X"), lambda: type(1, 2, 3), lambda: memoryview(1), lambda: bool(1, 2),
    lambda: "a".encode("nope"), lambda: b"\xff".decode(), lambda: "é".encode("ascii"), lambda: str(b"a", "zz"),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
