# A self-matching builtin type takes one positional sub-pattern
match 5:
    case int(x):
        print("int(x) binds", x)
match 5:
    case int(5, 6):
        pass
