# bool, bytes, dict, float, frozenset, int, list, set, str and tuple take one positional
# sub-pattern that matches the whole subject; subclasses inherit this
class MyInt(int):
    pass


class MyStr(str):
    pass


def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i} ({type(i).__name__})"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r} ({type(s).__name__})"
        case bytes(b):
            return f"bytes {b!r}"
        case dict(d):
            return f"dict {d}"
        case list(l):
            return f"list {l}"
        case tuple(t):
            return f"tuple {t}"
        case set(s):
            return f"set {sorted(s)}"
        case frozenset(s):
            return f"frozenset {sorted(s)}"
        case _:
            return "other"


for v in [True, 3, MyInt(4), 2.5, "s", MyStr("t"), b"b", {"k": 1}, [1], (2,), {3},
          frozenset([4]), None]:
    print(kind(v))
match 5:
    case int(5):
        print("int(5) matches 5")
match 5:
    case int(6):
        print("unexpected")
    case int():
        print("int() with no sub-pattern")
