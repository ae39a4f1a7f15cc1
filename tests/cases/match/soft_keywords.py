# match and case stay usable as ordinary names
match = [1, 2]
case = 3
print(match, case)


def match_(x):
    return x


match match:
    case [case, *_]:
        print("case bound to", case)
print(match_((1, 2)))
match (case):
    case 1:
        print("case is 1")
    case _:
        print("case is", case)


def match(x):
    return x * 2


print(match(5), [match(i) for i in range(3)])
