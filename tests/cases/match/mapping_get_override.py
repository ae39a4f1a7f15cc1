# Keys are looked up with get(key, sentinel): an overridden get is called, and
# __missing__ is never triggered
class Tracing(dict):
    def get(self, key, default=None):
        print("  get", repr(key), "default is a sentinel:", type(default).__name__)
        return dict.get(self, key, default)


class Defaulting(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return 0


match Tracing(a=1, b=2):
    case {"a": 1, "b": b}:
        print("matched b =", b)
match Tracing(a=1):
    case {"z": _}:
        print("unexpected")
    case _:
        print("no z")
d = Defaulting(a=1)
match d:
    case {"a": 1, "zz": _}:
        print("unexpected")
    case {"a": a}:
        print("a =", a, "keys", list(d))
