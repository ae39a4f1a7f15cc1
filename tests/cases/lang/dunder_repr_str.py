# __repr__ vs __str__: which is used by print/str/repr/containers/f-strings/%-format; bad return types
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
class ReprOnly:
    def __repr__(self): return "ReprOnly-repr"
class StrOnly:
    def __str__(self): return "StrOnly-str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, str(b), repr(b), str(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {b!s} {r}", "%s %r" % (b, b))
print(s, repr(s).startswith("<__main__.StrOnly object at 0x"))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    print(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Rec:
    def __init__(self): self.me = [self]
    def __repr__(self): return f"Rec({self.me})"
l = [1]
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)
print(ascii("é"), repr("é"), ascii(b))
