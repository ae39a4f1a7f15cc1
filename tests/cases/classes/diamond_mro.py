# diamond inheritance: method resolution order via method results and super chains
class Base:
    def who(self):
        return "Base"
    def chain(self):
        return ["Base"]

class Left(Base):
    def who(self):
        return "Left"
    def chain(self):
        return ["Left"] + super().chain()

class Right(Base):
    def who(self):
        return "Right"
    def chain(self):
        return ["Right"] + super().chain()

class Child(Left, Right):
    def chain(self):
        return ["Child"] + super().chain()

class Child2(Right, Left):
    pass

c = Child()
print(c.who(), c.chain())
print(Child2().who(), Child2().chain())

class OnlyRight(Left, Right):
    pass
print(OnlyRight().who())

class A:
    def __init__(self):
        self.log = ["A"]
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
class C(A):
    def __init__(self):
        super().__init__()
        self.log.append("C")
class D(B, C):
    def __init__(self):
        super().__init__()
        self.log.append("D")
print(D().log)
print(isinstance(D(), C), issubclass(D, A))
