# A value pattern evaluates subject == value: the subject's __eq__ is asked first, and
# the value's reflected __eq__ when it returns NotImplemented
class Loud:
    def __init__(self, name, answer):
        self.name = name
        self.answer = answer

    def __eq__(self, other):
        print(f"  {self.name}.__eq__({getattr(other, 'name', other)!r})")
        return self.answer


class Consts:
    ANSWER = Loud("pattern", True)


match Loud("subject", NotImplemented):
    case Consts.ANSWER:
        print("matched through the reflected __eq__")
match Loud("subject", False):
    case Consts.ANSWER:
        print("unexpected")
    case _:
        print("subject said no")
match Loud("subject", 1):
    case 5:
        print("a truthy result counts as a match")
