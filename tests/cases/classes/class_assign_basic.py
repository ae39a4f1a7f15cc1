# obj.__class__ = Other between compatible classes: methods, attributes, isinstance,
# type() and caches all follow the new class; the instance dict is kept.
class Dog:
    sound = "woof"
    def speak(self):
        return f"{self.name} says {self.sound}"

class Cat:
    sound = "meow"
    def speak(self):
        return f"{self.name} purrs {self.sound}"
    def extra(self):
        return "only cats"

d = Dog()
d.name = "rex"
for _ in range(3):
    print(d.speak())        # warm the attribute caches
d.__class__ = Cat
for _ in range(3):
    print(d.speak(), d.extra())
print(type(d).__name__, isinstance(d, Cat), isinstance(d, Dog), d.__dict__)
d.__class__ = Dog
print(d.speak(), hasattr(d, "extra"))

# Through object.__setattr__ and setattr().
object.__setattr__(d, "__class__", Cat)
print(type(d).__name__)
setattr(d, "__class__", Dog)
print(type(d).__name__)

# A class whose method switches its own class (a state machine idiom).
class Closed:
    def toggle(self):
        self.__class__ = Open
        return "opening"
class Open:
    def toggle(self):
        self.__class__ = Closed
        return "closing"
door = Closed()
print([door.toggle() for _ in range(4)], type(door).__name__)

# super() and __class__ cells keep referring to the defining class.
class Base:
    def who(self):
        return "base"
class A(Base):
    def who(self):
        return "A>" + super().who()
class B(Base):
    def who(self):
        return "B>" + super().who()
x = A()
print(x.who())
x.__class__ = B
print(x.who())

# Subclasses of builtins with the same base.
class L1(list):
    def kind(self): return "L1"
class L2(list):
    def kind(self): return "L2"
l = L1([1, 2])
l.__class__ = L2
l.append(3)
print(l, l.kind(), type(l).__name__)

class I1(int): pass
class I2(int):
    def __repr__(self): return f"I2({int(self)})"
i = I1(7)
i.__class__ = I2
print(repr(i), i + 1)

class E1(Exception): pass
class E2(Exception): pass
e = E1("msg")
e.__class__ = E2
try:
    raise e
except E2 as caught:
    print("caught", type(caught).__name__, caught.args)

# Same __slots__.
class P:
    __slots__ = ("x", "y")
class Q:
    __slots__ = ("y", "x")
    def total(self): return self.x + self.y
p = P()
p.x, p.y = 1, 2
p.__class__ = Q
print(p.total())

# Dunder methods found through the new class.
class Plain:
    pass
class Fancy:
    def __len__(self): return 42
    def __repr__(self): return "<Fancy>"
    def __eq__(self, other): return True
    __hash__ = None
o = Plain()
print(len.__name__, repr(o).startswith("<__main__.Plain"))
o.__class__ = Fancy
print(len(o), repr(o), o == 3)
