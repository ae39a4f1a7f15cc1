# The last case may be a wildcard (with or without a guard) or a capture
def f(v):
    match v:
        case 1:
            return "one"
        case _ if v == 2:
            return "two via guarded default"
    return "no case matched"


print(f(1), f(2), f(3))


def g(v):
    match v:
        case 1:
            return "one"
        case rest:
            return f"rest {rest}"


print(g(1), g(5))
match 1:
    case _:
        print("only a wildcard")
match 2:
    case 1:
        print("unexpected")
print("a match with no matching case does nothing")
