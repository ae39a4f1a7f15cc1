# a hand-written dataclass-like decorator generating __init__/__repr__/__eq__ from annotations
def record(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__} takes {len(fields)} positional arguments")
        vals = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError(f"unexpected field {k!r}")
            if k in vals:
                raise TypeError(f"duplicate field {k!r}")
            vals[k] = v
        for f in fields:
            if f not in vals:
                if f in defaults:
                    vals[f] = defaults[f]
                else:
                    raise TypeError(f"missing field {f!r}")
            setattr(self, f, vals[f])
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__, cls.__repr__, cls.__eq__ = __init__, __repr__, __eq__
    cls.__hash__ = None
    return cls
@record
class Point:
    x: int
    y: int = 0
    label: str = "p"
print(Point(1), Point(1, 2, "q"), Point(y=5, x=3))
print(Point(1, 2) == Point(1, 2), Point(1) == Point(2), Point(1) == (1, 0, "p"))
for args, kw in [((1, 2, 3, 4), {}), ((), {}), ((1,), {"z": 1}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(Point(1))
except TypeError as e:
    print("TypeError:", e)
