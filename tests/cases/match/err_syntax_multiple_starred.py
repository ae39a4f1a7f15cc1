# At most one star in a sequence pattern
match []:
    case [*a, 1, *b]:
        pass
