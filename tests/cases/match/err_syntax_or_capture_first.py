# An irrefutable alternative must be the last one
match 1:
    case z | 2:
        pass
