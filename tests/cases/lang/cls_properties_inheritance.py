# overriding properties in subclasses, extending a parent property's setter, property on class access
class Base:
    def __init__(self): self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        print("Base setter", val)
        self._v = val
class Child(Base):
    @Base.v.getter
    def v(self):
        return self._v * 100
class Other(Base):
    @property
    def v(self):
        return "overridden read-only"
c = Child()
c.v = 3
print(c.v, Base.v is not Child.v, type(Child.v).__name__)
o = Other()
print(o.v)
try:
    o.v = 5
except AttributeError as e:
    print("AttributeError:", e)
class Ext(Base):
    @Base.v.setter
    def v(self, val):
        print("Ext setter", val)
        Base.v.fset(self, val + 1)
e = Ext()
e.v = 10
print(e.v)
print(isinstance(Base.v, property), Base.v.fget.__name__, Ext.v.fset.__qualname__)
