# Exceptions raised while matching (from __eq__, properties, __len__, guards) propagate
# normally and can be caught around the match
class BadEq:
    def __eq__(self, other):
        raise ValueError("no comparing")


class BadProp:
    @property
    def attr(self):
        raise KeyError("attr")


class BadLen(list):
    def __len__(self):
        raise RuntimeError("no len")


def attempt(v):
    try:
        match v:
            case 1:
                return "one"
            case BadProp(attr=_):
                return "has attr"
            case [_, _]:
                return "pair"
            case x if 1 / 0:
                return "unreachable"
    except Exception as e:
        return f"{type(e).__name__}: {e}"


for v in [BadEq(), BadProp(), BadLen([1, 2]), "s"]:
    print(attempt(v))


class MissingProp:
    @property
    def attr(self):
        raise AttributeError("hidden")


match MissingProp():
    case MissingProp(attr=_):
        print("unexpected")
    case _:
        print("an AttributeError from a property means no match")
