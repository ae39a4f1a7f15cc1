# metaclasses: type(name, bases, ns), class attributes on metaclass, metaclass conflicts, __repr__ of classes
def meth(self):
    return "dynamic " + self.kind
Dyn = type("Dyn", (object,), {"kind": "made", "meth": meth})
print(Dyn.__name__, Dyn().meth(), Dyn.__bases__)

class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        return cls
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def describe(cls):
        return "meta method on " + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()

class A(metaclass=Meta): pass
class B(A): pass
print(Meta.registry, repr(A), B)
print(A.describe(), B.upper_name)
try:
    A().describe()
except AttributeError as e:
    print("AttributeError:", e)

class Other(type): pass
class O(metaclass=Other): pass
try:
    class Mixed(A, O): pass
except TypeError as e:
    print("TypeError:", e)
print(type(type), type(object), type(Meta))
try:
    type("X", (5,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
