# rich comparisons: reflection (__lt__ <-> __gt__), __eq__ fallback to identity, __ne__ from __eq__, errors
class L:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"L{self.v}"
    def __lt__(self, o):
        print(f"{self!r}.__lt__({o!r})")
        return self.v < o.v if isinstance(o, L) else NotImplemented
    def __eq__(self, o):
        print(f"{self!r}.__eq__({o!r})")
        return isinstance(o, L) and self.v == o.v

a, b = L(1), L(2)
print(a < b)
print(b > a)
print(a == L(1), a != L(1), a != b)
print(a == 5)
print(5 == a)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
try:
    3 >= a
except TypeError as e:
    print("TypeError:", e)

class Plain: pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
class SubL(L):
    def __gt__(self, o):
        print("SubL.__gt__ first")
        return True
print(L(5) < SubL(1))
