# A literal key twice in a mapping pattern
match {}:
    case {"a": 1, "b": 2, "a": 3}:
        pass
