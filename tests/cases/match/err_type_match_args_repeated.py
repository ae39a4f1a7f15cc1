# __match_args__ naming an attribute twice
class C:
    __match_args__ = ("a", "a")
    a = 1


match C():
    case C(1, 1):
        pass
