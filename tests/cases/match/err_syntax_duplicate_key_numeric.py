# 1 and True are the same key
match {}:
    case {1: "x", True: "y"}:
        pass
