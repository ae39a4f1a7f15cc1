# An exception in a guard propagates out of the match
def check(v):
    match v:
        case [x] if x / 0:
            return "no"


print("before")
check([1])
