# Dotted-name keys that turn out equal are a ValueError when matched
class K:
    A = "a"
    ALSO_A = "a"


match {"a": 1, "b": 2}:
    case {K.A: 1, K.ALSO_A: 1}:
        pass
