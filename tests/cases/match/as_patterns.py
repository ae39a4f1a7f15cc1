# `p as name` binds the subject of p once p has matched
match [1, [2, 3]]:
    case [(1 | 2) as small, [_, _] as pair] as whole:
        print(small, pair, whole)
match 7:
    case (int() as n) as m:
        print(n, m, n is m)
match {"k": "v"}:
    case {"k": str() as s} as d:
        print(s, d)
match 3:
    case (1 | 2) as n:
        print("unexpected", n)
    case _ as n:
        print("captured with _ as", n)
