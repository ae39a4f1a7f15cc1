# __round__ with and without ndigits, __format__ with specs via format()/f-strings, default format errors
class Money:
    def __init__(self, c): self.c = c
    def __round__(self, n=None):
        return f"round({n})"
    def __format__(self, spec):
        if spec == "":
            return f"${self.c}"
        if spec == "cents":
            return f"{self.c * 100}c"
        return f"${self.c:{spec}}"
m = Money(3.14159)
print(round(m), round(m, 2))
print(format(m), format(m, "cents"), format(m, ".2f"))
print(f"{m}|{m:cents}|{m:>10.1f}|{str(m)[:10]:>12}")
w = 8
print(f"{m:{w}.{2}f}")
class Plain:
    def __str__(self): return "plain"
print(format(Plain()), f"{Plain()}", f"{Plain()!r:.0}")
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    round(Plain())
except TypeError as e:
    print("TypeError:", e)
class BadFmt:
    def __format__(self, spec): return 5
try:
    f"{BadFmt()}"
except TypeError as e:
    print("TypeError:", e)
print(round(2.5), round(3.5), round(-0.5), round(1234, -2), round(7.25, 1), type(round(2.0)).__name__)
