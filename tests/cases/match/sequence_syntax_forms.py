# [a, b], (a, b) and a bare a, b are the same sequence pattern; (x) is just x
for subject in [[1, 2], (1, 2), [1], (3,), []]:
    match subject:
        case [a, b]:
            print("list syntax", a, b)
        case ():
            print("empty")
        case (a,):
            print("one-tuple syntax", a)
match (3, 4):
    case a, b:
        print("open sequence", a, b)
match 5:
    case (x):
        print("parenthesised capture", x)
match [[1, 2], [3]]:
    case [[a, b], [c]]:
        print("nested", a, b, c)
