# Exception keyword attributes (name/obj/path/msg), add_note's check.
e = AttributeError("m", name="attr", obj=5)
print(e, e.name, e.obj, AttributeError("x").name)
n = NameError("n", name="nm")
print(n.name, NameError("q").name)
i = ImportError("imp", name="mod", path="/p")
print(i.msg, i.name, i.path, ImportError("a", "b").msg)
try: ValueError().add_note(5)
except TypeError as t: print(t)
try: KeyError(1, x=2)
except TypeError as t: print(t)
try: AttributeError("m", other=1)
except TypeError as t: print(t)
class E(AttributeError): pass
print(E("z", name="q").name)
try: object().missing
except AttributeError as a: print(a.name, type(a.obj).__name__)
