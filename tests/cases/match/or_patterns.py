# Or-patterns try each alternative in turn; captures must be the same in each
def kind(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b":
            return "letter"
        case [x] | (x, _):
            return f"one or two items, first {x}"
        case {"id": i} | [{"id": i}]:
            return f"id {i}"
        case None | True:
            return "singleton"
        case _:
            return "other"


for v in [1, 3, 4, "b", [9], (8, 0), (1, 2, 3), {"id": 5}, [{"id": 6}], None, True]:
    print(repr(v), kind(v))
