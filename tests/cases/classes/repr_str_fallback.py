# __str__ falls back to __repr__; containers always use repr of elements
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only-str"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
class Child(OnlyRepr):
    pass
class StrChild(Both):
    def __repr__(self):
        return "StrChild-repr"
o, b, c, sc = OnlyRepr(), Both(), Child(), StrChild()
print(o, str(o), repr(o), f"{o}", f"{o!r}", "%s %r" % (o, o))
print(b, str(b), repr(b), f"{b}", f"{b!r}", "%s|%r" % (b, b))
print([o, b], (b,), {"k": b}, {1: [b, o]})
print(c, [c], sc, [sc], str([sc]))
s = OnlyStr()
print(s, str(s), repr(s).startswith("<"), repr(s).split(" object at")[0])
print(format(b), format(o), "{}".format(b), "{!r}".format(b))
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self):
        return None
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Formatted:
    def __format__(self, spec):
        return f"<{spec or 'empty'}>"
    def __str__(self):
        return "plain"
fm = Formatted()
print(fm, f"{fm}", f"{fm:abc}", format(fm, "x"), str(fm))
