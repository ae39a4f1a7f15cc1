# A subclass that defines __match_args__ no longer matches itself positionally
class Tagged(int):
    __match_args__ = ("tag",)

    def __new__(cls, value, tag):
        obj = int.__new__(cls, value)
        obj.tag = tag
        return obj


match Tagged(5, "five"):
    case Tagged(t):
        print("tag", t)
match Tagged(5, "five"):
    case int(n):
        print("as int", n, type(n).__name__)


class Empty(str):
    __match_args__ = ()


match Empty("x"):
    case Empty():
        print("no positional sub-patterns is fine")
