# super() zero-arg and two-arg forms, in classmethods, in __init__, through diamond cooperation
class Base:
    def __init__(self):
        self.trail = ["Base"]
    def hello(self):
        return "Base.hello"
    @classmethod
    def cm(cls):
        return "Base.cm(" + cls.__name__ + ")"

class A(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("A")
    def hello(self):
        return "A>" + super().hello()
    @classmethod
    def cm(cls):
        return "A>" + super().cm()

class B(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("B")
    def hello(self):
        return "B>" + super().hello()

class C(A, B):
    def __init__(self):
        super(C, self).__init__()
        self.trail.append("C")
    def hello(self):
        return "C>" + super().hello()

c = C()
print(c.trail)
print(c.hello())
print(C.cm())
print(super(A, c).hello())
print(super(B, c).hello())
print(super(C, C).cm())
s = super(A, c)
print(type(s).__name__)
try:
    super(int, c)
except TypeError as e:
    print("TypeError:", e)

class S(str):
    def upper(self):
        return "[" + super().upper() + "]"
print(S("abc").upper())
