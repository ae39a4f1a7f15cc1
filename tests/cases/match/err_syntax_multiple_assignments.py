# The same name twice in one pattern is a SyntaxError
match [1, 2]:
    case [x, x]:
        pass
