# A bare capture before other cases makes them unreachable
match 1:
    case y:
        pass
    case 2:
        pass
