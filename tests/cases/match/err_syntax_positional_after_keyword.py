# Positional sub-patterns cannot follow keyword ones
match 1:
    case int(real=1, 2):
        pass
