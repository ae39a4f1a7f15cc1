# f-string '=' specifier with spacing preserved, !r/!s/!a conversions, combined with format specs
x, name, price = 42, "café", 3.14159
print(f"{x=}")
print(f"{x = }")
print(f"{x=:>6}")
print(f"{name=}", f"{name=!s}", f"{name=!a}")
print(f"{price=:.2f}", f"{x * 2 = }")
print(f"{name!r} {name!s} {name!a}")
print(f"{name!r:>10}|{name!s:<8}|")
print(f"{[1, 'a']!s}", f"{'q'!a}")
print(f"{x:#x} {x:08b} {x:+d} {x:,} {1234567.891:,.2f} {0.25:%} {x:e}")
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|{'fill':*^10}")
w, p = 10, 3
print(f"{price:{w}.{p}f}|{price:<{w}}|")
print(f"{{literal braces}} {{{x}}}")
print(f"{None!r} {True=} {3.0=}")
class P:
    def __repr__(self): return "P()"
    def __format__(self, spec): return "formatted:" + spec
print(f"{P()=}", f"{P()!r}", f"{P():spec}", f"{P()=:spec}")
