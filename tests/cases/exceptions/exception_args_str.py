# exception args tuple, str() and repr() for various arities
e0 = Exception()
e1 = ValueError("one")
e2 = KeyError("key")
e3 = RuntimeError("a", 2, None)
for e in [e0, e1, e2, e3]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
print(str(KeyError(5)), str(IndexError()), repr(TypeError("t")))
try:
    raise ValueError
except ValueError as e:
    print("bare class raised:", repr(e), e.args)
try:
    {}["missing"]
except KeyError as e:
    print(e, e.args, repr(e))
try:
    raise Exception("msg", 42)
except Exception as e:
    print(e)
class MyErr(Exception):
    def __str__(self):
        return "custom str for " + str(self.args[0])
print(MyErr("thing"), MyErr("thing").args)
