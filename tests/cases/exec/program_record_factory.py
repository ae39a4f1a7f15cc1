# A namedtuple-style factory: the class source is generated, then exec'd in a namespace.
def record(name, fields):
    args = ", ".join(fields)
    body = "".join(f"        self.{f} = {f}\n" for f in fields)
    reprs = ", ".join(f"{f}={{self.{f}!r}}" for f in fields)
    src = (
        f"class {name}:\n"
        f"    __slots__ = {tuple(fields)!r}\n"
        f"    def __init__(self, {args}):\n{body}"
        f"    def __repr__(self):\n"
        f"        return f'{name}({reprs})'\n"
        f"    def __eq__(self, other):\n"
        f"        return type(other) is type(self) and all(getattr(self, f) == getattr(other, f) for f in {tuple(fields)!r})\n"
    )
    ns = {"__name__": "records"}
    exec(src, ns)
    return ns[name]
Point = record("Point", ["x", "y"])
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), Point.__module__, Point.__qualname__)
class Sub(Point):
    def norm1(self):
        return abs(self.x) + abs(self.y)
print(Sub(-3, 4).norm1(), repr(Sub(0, 0)))
