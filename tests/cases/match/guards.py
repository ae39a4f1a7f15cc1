# Guards run after the pattern matched and its names are bound
def log(msg, result):
    print("  guard:", msg)
    return result


def classify(n):
    match n:
        case int(x) if log(f"{x} < 0", x < 0):
            return "negative"
        case int(x) if log(f"{x} == 0", x == 0):
            return "zero"
        case str() if log("str guard", True):
            return "string"
        case _ if log("default guard", n is None):
            return "None"
    return "fell through"


for n in [-3, 0, 5, "s", None, 1.5]:
    print(n, classify(n))
match [1, 2]:
    case [a, b] if (total := a + b) > 10:
        print("big")
    case [a, b] if total == 3:
        print("walrus in guard", total)
