# break, continue and return inside case bodies, and match inside loops
def first_even(items):
    for i in items:
        match i:
            case int(n) if n % 2 == 0:
                return n
            case str():
                continue
            case None:
                break
    else:
        return "loop finished"
    return "stopped at None"


print(first_even([1, "a", 3, 4, 5]))
print(first_even([1, 3]))
print(first_even([1, None, 2]))

total = 0
n = 0
while True:
    n += 1
    match n:
        case 1 | 2:
            continue
        case 6:
            break
        case _:
            total += n
print("total", total)
