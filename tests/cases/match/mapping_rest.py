# **rest binds a new dict of the other items; the subject is left unchanged
class MyDict(dict):
    pass


d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": 1, **rest}:
        print(rest, rest is d, d)
match d:
    case {**everything}:
        print(everything, everything is d, everything == d)
match MyDict(x=1, y=2):
    case {"x": _, **rest}:
        print(rest, type(rest).__name__)
match {}:
    case {**rest}:
        print("empty rest", rest)
match {"k": 0}:
    case {"k": 0, "j": 1, **rest}:
        print("unexpected")
    case {"k": v, **rest}:
        print("k", v, rest)
