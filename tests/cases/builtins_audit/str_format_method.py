print("{} {}".format(1, "a"), "{1} {0}".format(1, 2), "{0[1]}".format("ab"), "{0.imag}".format(3j), "{:{}{}}".format(1, ">", 5))
print("{!s} {!r} {!a}".format("é", "é", "é"), "{{}}".format(), "{:%}".format(0.5), "{:,}".format(1234567), "{:_b}".format(255))
print("{0:{1}.{2}f}".format(3.14159, 10, 2), f"{'x':*^7}", f"{12:#010x}", f"{-12:+05}", f"{3.0:g}", f"{1e-7:g}", f"{1234.5:,.1f}")
for bad in ["{", "}", "{0!x}", "{:d}", "{a.}", "{0:{1}}"]:
    try:
        print(repr(bad.format("s")))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(bad), type(e).__name__, e)
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print("{:abc}".format(P()), f"{P():x}", format(P(), ""), f"{P()!r:>5}"[:2])
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError", e)
print(format(None, ""), format([1], ""), format(True, "d"), format(True, ""), format(True, ">5"), format(1.5, ""), format("a", ""))
