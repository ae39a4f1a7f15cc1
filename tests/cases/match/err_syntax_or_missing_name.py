# An alternative binding fewer names
match 1:
    case [a, b] | [a, 0]:
        pass
