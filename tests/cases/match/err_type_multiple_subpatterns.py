# A positional and a keyword sub-pattern for the same attribute
class C:
    __match_args__ = ("a",)
    a = 1


match C():
    case C(1, a=1):
        pass
