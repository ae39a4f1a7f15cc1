# Native methods of object, reached through an instance of a plain class, bind to it.
class A:
    pass

a = A()
print(a.__repr__().startswith("<__main__.A object at"))
print(a.__format__(""), a.__format__("") == str(a)) if False else print(a.__format__("") == str(a))
print(a.__str__() == repr(a), a.__eq__(a), a.__ne__(a), a.__hash__() == hash(a))
print(a.__sizeof__() > 0, "__init__" in a.__dir__())
a.__setattr__("x", 5)
print(a.x, a.__getattribute__("x"))
a.__delattr__("x")
print(hasattr(a, "x"))
m = a.__repr__
print(m.__self__ is a, m.__name__)
print(a.__init__(), a.__eq__(1), a.__reduce_ex__ if False else "ok")
for _ in range(3):
    print(a.__str__() == repr(a))
