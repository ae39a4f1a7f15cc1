# A wildcard alternative before another one
match 1:
    case [_ | 2]:
        pass
