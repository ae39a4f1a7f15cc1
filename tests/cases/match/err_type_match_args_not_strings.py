# __match_args__ must hold strings
class C:
    __match_args__ = ("a", 2)
    a = 1


match C():
    case C(1):
        print("only the names used are checked")
match C():
    case C(1, 2):
        pass
