# Star patterns capture a list (whatever the subject's type), possibly empty
def split(v):
    match v:
        case [first, *middle, last]:
            return ("ends", first, middle, last)
        case [only]:
            return ("only", only)
        case []:
            return ("empty",)


for v in [[1, 2, 3, 4], (1, 2), range(5), [9], ()]:
    print(v, split(v))

match (1, 2, 3):
    case [*init, tail]:
        print(init, tail, type(init).__name__)
match "abc", "def":
    case [*everything]:
        print(everything)
match [1, 2, 3]:
    case [1, *rest]:
        print("rest", rest)
match [1]:
    case [1, *rest]:
        print("empty rest", rest)
