# __format__ of object and the builtin types, via super() and called directly.
class Money(float):
    def __format__(self, spec):
        if spec.endswith("$"):
            return "$" + super().__format__(spec[:-1])
        return super().__format__(spec)
m = Money(3.14159)
print(f"{m:.2f$}", f"{m:.1f}", format(m, ""), "{:>8.3$}".format(m) if False else "")
class T:
    def __format__(self, spec):
        return "T:" + super().__format__(spec)
print(format(T(), "")[:4], (5).__format__("03d"), "x".__format__(">3"), object().__format__("") [:8])
try:
    format(T(), "d")
except TypeError as e:
    print(e)
try:
    (1).__format__(1)
except TypeError as e:
    print(e)
