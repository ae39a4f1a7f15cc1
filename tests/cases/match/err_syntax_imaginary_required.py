# a + b in a pattern must be a complex literal
match 3:
    case 1 + 2:
        pass
