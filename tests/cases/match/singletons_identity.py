# None, True and False patterns compare by identity: 1 is not True, 0 is not False
def kind(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "something else"


for v in [None, True, False, 1, 0, 1.0, 0.0, "", [], ()]:
    print(repr(v), kind(v))

# A value pattern 1 does match True (==), unlike the singleton pattern.
match True:
    case 1:
        print("True == 1")
match 1:
    case True:
        print("unexpected")
    case _:
        print("1 is not True")
