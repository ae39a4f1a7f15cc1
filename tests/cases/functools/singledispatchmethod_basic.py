from functools import singledispatchmethod

class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg

    @neg.register(list)
    def _(self, arg):
        return [-x for x in arg]

n = Negator()
print(n.neg(5), n.neg(True), n.neg([1, 2]))
try:
    n.neg('s')
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Negator.neg.__name__)

class C:
    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return f"{cls.__name__} default {arg!r}"

    @make.register(int)
    @classmethod
    def _(cls, arg):
        return f"{cls.__name__} int {arg}"

print(C.make(3), C.make('x'), C().make(4))
