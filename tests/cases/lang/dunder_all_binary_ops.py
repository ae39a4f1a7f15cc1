# every binary operator dunder and its reflected form is dispatched with the right operands
class Rec:
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name

names = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
         "and", "or", "xor", "matmul", "divmod"]
for n in names:
    def fwd(self, other, n=n): return f"{self!r}.__{n}__({other!r})"
    def rev(self, other, n=n): return f"{self!r}.__r{n}__({other!r})"
    setattr(Rec, f"__{n}__", fwd)
    setattr(Rec, f"__r{n}__", rev)

a = Rec("a")
print(a + 1, a - 1, a * 1, a / 1, a // 1, a % 1, a ** 1, sep="\n")
print(a << 1, a >> 1, a & 1, a | 1, a ^ 1, a @ 1, divmod(a, 1), sep="\n")
print(1 + a, 1 - a, 1 * a, 1 / a, 1 // a, 1 % a, 1 ** a, sep="\n")
print(1 << a, 1 >> a, 1 & a, 1 | a, 1 ^ a, 1 @ a if False else "skip", divmod(1, a), sep="\n")
print(pow(a, 2), pow(2, a))
class Unary:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
u = Unary()
print(-u, +u, ~u, abs(u))
try:
    -Rec("x")
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
