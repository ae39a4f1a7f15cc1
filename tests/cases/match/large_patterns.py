# Long sequences, many alternatives and deep nesting
values = list(range(300))
match values:
    case [0, 1, *middle, 298, 299]:
        print(len(middle), middle[:3], middle[-3:])
match tuple(range(20)):
    case (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t):
        print(a + t, j)


def small(n):
    match n:
        case 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12:
            return "small"
        case _:
            return "big"


print(small(12), small(13))
match [[[[[[1]]]]]]:
    case [[[[[[x]]]]]]:
        print("deep", x)
