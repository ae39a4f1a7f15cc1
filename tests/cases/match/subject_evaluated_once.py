# The subject expression is evaluated exactly once, before any case
calls = 0


def subject():
    global calls
    calls += 1
    return [1, 2, 3]


match subject():
    case [0]:
        pass
    case [1]:
        pass
    case (1, 2):
        pass
    case [1, 2, 3]:
        print("matched")
print("calls:", calls)

match calls, calls + 1:
    case (1, 2):
        print("tuple subject without parentheses")
