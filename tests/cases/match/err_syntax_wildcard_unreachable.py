# A bare wildcard before other cases makes them unreachable
match 1:
    case _:
        pass
    case 2:
        pass
