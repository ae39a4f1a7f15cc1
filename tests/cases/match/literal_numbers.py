# Literal patterns compare with ==: ints, floats, negatives, big ints; 1 == 1.0 == True
def kind(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus half"
        case 123456789012345678901234567890:
            return "big"
        case -123456789012345678901234567890:
            return "big negative"
        case 7:
            return "seven"
        case _:
            return "other"


for v in [0, 0.0, False, -1, -1.0, 2.5, -0.5, 123456789012345678901234567890,
          -123456789012345678901234567890, 7, 7.0, 8, "7", None]:
    print(repr(v), kind(v))
