# More positional sub-patterns than __match_args__ names
class C:
    __match_args__ = ("a", "b")
    a = b = 0


match C():
    case C(0, 0):
        print("two are fine")
match C():
    case C(0, 0, 0):
        pass
