# _ cannot be the target of an as-pattern
match 3:
    case 3 as _:
        pass
