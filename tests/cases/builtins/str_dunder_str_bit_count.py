# str.__str__ gives the plain text even for a subclass with its own __repr__, and
# int.bit_count counts the ones of the absolute value.
class S(str):
    def __repr__(self):
        return "S!"


s = S("text")
print(str.__str__(s), type(str.__str__(s)).__name__, repr(s), str(s))
S.__str__ = str.__str__
print(str(s), f"{s}", "%s" % s)
print(str.__str__("plain"))
for n in (0, 1, 7, 255, -255, 2**100 - 1, -(2**64)):
    print(n, n.bit_count())
print(True.bit_count())
