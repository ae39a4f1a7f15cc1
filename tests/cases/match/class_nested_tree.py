# Class patterns nest: evaluating a small expression tree
class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class Add:
    __match_args__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


class Mul(Add):
    pass


def ev(e):
    match e:
        case Num(v):
            return v
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return 0
        case Mul(a, b):
            return ev(a) * ev(b)
        case Add(a, Num(0)):
            return ev(a)
        case Add(a, b):
            return ev(a) + ev(b)


print(ev(Add(Num(1), Mul(Num(2), Num(3)))))
print(ev(Mul(Add(Num(1), Num(0)), Num(0))))
print(ev(Add(Mul(Num(4), Num(5)), Num(0))))
