# An unhashable value-pattern key is a TypeError
class K:
    L = []


match {"a": 1}:
    case {K.L: 1}:
        pass
