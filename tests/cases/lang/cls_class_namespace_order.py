# class namespace keeps definition order; __qualname__/__module__/__doc__ of classes; vars() filtering
class Ordered:
    "Class doc."
    zeta = 1
    alpha = 2
    def method(self): pass
    mid = 3
    class Nested:
        pass
print([k for k in Ordered.__dict__ if not k.startswith("__")])
print(Ordered.__qualname__, Ordered.Nested.__qualname__, Ordered.__module__, Ordered.__doc__)
class NoDoc: pass
print(NoDoc.__doc__, NoDoc.__name__)
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__, factory() is factory())
Ordered.added_later = 4
print(list(vars(Ordered))[-1])
C2 = type("C2", (), {"b": 1, "a": 2})
print([k for k in C2.__dict__ if not k.startswith("__")], C2.__qualname__)
