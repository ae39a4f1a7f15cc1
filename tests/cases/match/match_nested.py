# Nested match statements, and a match inside a case guard's body
def classify(pair):
    match pair:
        case (a, b):
            match a, b:
                case (0, 0):
                    return "both zero"
                case (0, _) | (_, 0):
                    return "one zero"
                case _:
                    match a > b:
                        case True:
                            return "first bigger"
                        case False:
                            return "first not bigger"
        case _:
            return "not a pair"


for p in [(0, 0), (0, 1), (2, 0), (3, 1), (1, 3), 5]:
    print(p, classify(p))
