# isinstance/issubclass consult __instancecheck__/__subclasscheck__ on the metaclass
# (not on the class itself), except for an exact type match; tuples are searched item
# by item; except clauses use the real class hierarchy only.
class Meta(type):
    def __instancecheck__(cls, inst):
        print(f"  instancecheck {cls.__name__} {type(inst).__name__}")
        return isinstance(inst, (int, str))

    def __subclasscheck__(cls, sub):
        print(f"  subclasscheck {cls.__name__} {sub.__name__}")
        return sub in (int, bool)


class Anything(metaclass=Meta):
    pass


print(isinstance(3, Anything))
print(isinstance([], Anything))
print(isinstance(Anything(), Anything), "(exact type: no hook)")
print(issubclass(bool, Anything))
print(issubclass(Anything, Anything))
print(isinstance(3, (float, Anything)))
print(isinstance(3.0, (float, Anything)), "(float matched first)")
print(issubclass(int, (Anything, str)))


class OnClass:
    # Defined on the class, these are not hooks.
    def __instancecheck__(self, inst):
        return True

    def __subclasscheck__(self, sub):
        return True


print(isinstance(3, OnClass), issubclass(int, OnClass))


class ErrMeta(type):
    def __subclasscheck__(cls, sub):
        print("  never called for except")
        return True


class Catcher(Exception, metaclass=ErrMeta):
    pass


try:
    try:
        raise ValueError("v")
    except Catcher:
        print("caught by Catcher")
except ValueError as e:
    print("ValueError passed through:", e)
print(issubclass(ValueError, Catcher))


class Truthy(type):
    def __instancecheck__(cls, inst):
        return [1]


class T(metaclass=Truthy):
    pass


print(isinstance(None, T))


class Raises(type):
    def __instancecheck__(cls, inst):
        raise KeyError("nope")


class R(metaclass=Raises):
    pass


try:
    isinstance(1, R)
except KeyError as e:
    print("KeyError", e)
