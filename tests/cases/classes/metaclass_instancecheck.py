# A metaclass's __instancecheck__/__subclasscheck__ decide isinstance/issubclass.
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub is bool
class D(metaclass=Meta): pass
print(isinstance(1, D), isinstance("s", D), isinstance(D(), D))
print(issubclass(bool, D), issubclass(int, D), issubclass(bool, (str, D)))
try: issubclass(int, "x")
except TypeError as e: print(e)
try: isinstance(1, "x")
except TypeError as e: print(e)
try: issubclass(1, int)
except TypeError as e: print(e)
