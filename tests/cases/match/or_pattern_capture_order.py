# Alternatives may bind the same names in a different order, around outer captures
def swap(v):
    match v:
        case (a, b, c) | {"c": c, "b": b, "a": a} | [c, [b, a]]:
            return a, b, c


print(swap((1, 2, 3)))
print(swap({"a": 1, "b": 2, "c": 3}))
print(swap([3, [2, 1]]))

match [0, (1, 2), 3]:
    case [first, (x, y) | [y, x], last]:
        print(first, x, y, last)
match [0, [1, 2], 3]:
    case [first, (x, y, 9) | [y, x, 9], last]:
        print("unexpected")
    case [first, ([x, y] | (y, x, _)), last]:
        print(first, x, y, last)
