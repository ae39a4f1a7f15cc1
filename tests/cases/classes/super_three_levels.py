# super() chains through three levels plus a diamond, with kwargs passing
class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
        self.log = ["Base"]
    def greet(self):
        return "base"
    def who(self):
        return [Base.__name__]
class Mid(Base):
    def __init__(self, mid=0, **kw):
        super().__init__(**kw)
        self.mid = mid
        self.log.append("Mid")
    def greet(self):
        return "mid>" + super().greet()
    def who(self):
        return ["Mid"] + super().who()
class Leaf(Mid):
    def __init__(self, leaf=0, **kw):
        super().__init__(**kw)
        self.leaf = leaf
        self.log.append("Leaf")
    def greet(self):
        return "leaf>" + super().greet()
    def who(self):
        return ["Leaf"] + super().who()
x = Leaf(leaf=1, mid=2, extra=3)
print(x.log, x.mid, x.leaf, x.greet(), x.who())
print(super(Leaf, x).greet(), super(Mid, x).greet(), [c.__name__ for c in Leaf.__mro__])
class Left(Base):
    def who(self):
        return ["Left"] + super().who()
class Right(Base):
    def who(self):
        return ["Right"] + super().who()
class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super().who()
print(Bottom().who(), [c.__name__ for c in Bottom.__mro__])
class Skipper(Leaf):
    def greet(self):
        return "skip>" + super(Mid, self).greet()
print(Skipper().greet())
class WithClassmethod(Leaf):
    @classmethod
    def make(cls):
        obj = cls.__new__(cls)
        Base.__init__(obj)
        return obj
print(WithClassmethod.make().log, isinstance(WithClassmethod.make(), Mid))
class Attr(Leaf):
    def greet(self):
        sup = super()
        return "attr>" + sup.greet()
print(Attr().greet())
