# attribute lookup precedence: data descriptor > instance dict > non-data descriptor/class attr > __getattr__
class DataDesc:
    def __get__(self, obj, t): return "data descriptor"
    def __set__(self, obj, v): raise AttributeError("read-only data descriptor")
class NonDataDesc:
    def __get__(self, obj, t): return "non-data descriptor"
class C:
    dd = DataDesc()
    nd = NonDataDesc()
    plain = "class attr"
    def __getattr__(self, name):
        return f"__getattr__({name})"
c = C()
c.__dict__.update(dd="inst dd", nd="inst nd", plain="inst plain")
print(c.dd, "|", c.nd, "|", c.plain, "|", c.other)
del c.__dict__["nd"], c.__dict__["plain"]
print(c.nd, "|", c.plain)
try:
    c.dd = 1
except AttributeError as e:
    print("AttributeError:", e)
print(C.dd, C.nd)
class Base:
    attr = "base"
class Derived(Base):
    pass
obj = Derived()
print(obj.attr)
Base.attr = "changed base"
print(obj.attr)
Derived.attr = "derived"
print(obj.attr, Base.attr)
print(type(C.__dict__["plain"]).__name__, "dd" in vars(C))
