import types

class Meta(type):
    def __getattr__(cls, name):
        return "class-level " + name

class Thing(metaclass=Meta):
    def __init__(self):
        self._v = 1

    @types.DynamicClassAttribute
    def value(self):
        "the value"
        return self._v * 10

    @value.setter
    def value(self, new):
        self._v = new

    @value.deleter
    def value(self):
        print("deleting")
        self._v = 0

    ro = types.DynamicClassAttribute(lambda self: 'read-only')

t = Thing()
print(t.value, Thing.value, Thing.ro, t.ro)
t.value = 4
print(t.value)
del t.value
print(t.value)
try:
    t.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.ro
except AttributeError as e:
    print("AttributeError:", e)
d = Thing.__dict__['value']
print(d.__doc__, d.fget.__name__, d.fset is not None, d.fdel is not None, d.__isabstractmethod__)
w = types.DynamicClassAttribute(None, None, None, "explicit")
print(w.__doc__)
class Holder:
    x = types.DynamicClassAttribute()
try:
    Holder().x
except AttributeError as e:
    print("AttributeError:", e)
try:
    Holder.x
except AttributeError as e:
    print("AttributeError from class", repr(str(e)))
g = d.getter(lambda self: 'new getter')
print(g.__doc__, g.fset is d.fset, g.__get__(t, Thing))

def gen():
    yield 1
    yield 2
c = types.coroutine(gen)
print(c is gen or callable(c), list(c()))
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError:", e)
