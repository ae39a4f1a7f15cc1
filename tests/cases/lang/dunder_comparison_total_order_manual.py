# classes defining all rich comparisons used for sorting, min/max, and comparing mixed with NotImplemented
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def _cmp(self, other, op):
        if not isinstance(other, Version):
            return NotImplemented
        return op(self.parts, other.parts)
    def __lt__(self, o): return self._cmp(o, lambda a, b: a < b)
    def __le__(self, o): return self._cmp(o, lambda a, b: a <= b)
    def __gt__(self, o): return self._cmp(o, lambda a, b: a > b)
    def __ge__(self, o): return self._cmp(o, lambda a, b: a >= b)
    def __eq__(self, o): return self._cmp(o, lambda a, b: a == b)
    def __hash__(self): return hash(self.parts)
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), min(vs), max(vs))
print(sorted(vs, reverse=True))
print(Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9.9"), Version("1.0") == "1.0")
print(len(set(vs)), vs.count(Version("1.2")), vs.index(Version("1.2.1")))
try:
    Version("1.0") < "1.0"
except TypeError as e:
    print("TypeError:", e)
print(sorted([(Version("1.1"), "b"), (Version("1.1"), "a"), (Version("0.1"), "z")]))
