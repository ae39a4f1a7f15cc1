# object.__new__/__init__ argument errors, __init__ returning non-None, __new__ returning other types
class Empty: pass
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Empty(a=1)
except TypeError as e:
    print("TypeError:", e)
class InitOnly:
    def __init__(self, x): self.x = x
print(InitOnly(3).x)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class NewOther:
    def __new__(cls, *args):
        return 42
    def __init__(self, *args):
        print("never called")
print(NewOther(1))
class NewSub:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("__init__", args)
NewSub(1, 2)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
    def __init__(self):
        print("init runs each time")
print(Singleton() is Singleton())
