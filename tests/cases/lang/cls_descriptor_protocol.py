# data vs non-data descriptors: precedence against instance dict, __set_name__, __delete__
class Data:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Data on {objtype.__name__}>"
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"

class C:
    d = Data()
    n = NonData()

print("class created")
c = C()
print(c.d, C.d)
c.d = 5
print(c.d)
c.__dict__["d"] = "dict wins?"
print(c.d)
print(c.n)
c.n = "instance value"
print(c.n)
del c.n
print(c.n)
class D:
    x = Data()
    y = Data()
print(D.__dict__["x"].name, D.__dict__["y"].name)
