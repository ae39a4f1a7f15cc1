def f(v):
    match v:
        case 0 | None:
            return "zero"
        case [x, *rest] if rest:
            return x
        case {"k": k, **others}:
            return k, others
        case Point(a, y=b) as p:
            return a, b, p
        case _:
            return "other"
