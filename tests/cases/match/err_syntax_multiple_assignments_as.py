# A capture repeated through an as-pattern
match [1, 2]:
    case [x, (1 | 2) as x]:
        pass
