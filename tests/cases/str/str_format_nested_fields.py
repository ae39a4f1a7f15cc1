# str.format: auto/manual numbering, attributes, indexes, nested specs, conversions
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"P({self.x}, {self.y})"
    def __str__(self):
        return "point"
p = P(3, 4)
d = {"a": 1, "key": [10, 20, 30]}
print("{0.x} {0.y} {0!r} {0!s} {0}".format(p))
print("{p.x}-{p.y}".format(p=p))
print("{0[key][2]} {0[a]} {1[0]} {1[1]}".format(d, ["f", "l"]))
print("{d[key]} {d[a]:>5}|".format(d=d))
print("{:{}}|{:{}.{}f}|".format("ab", 5, 3.14159, 8, 3))
print("{0:{1}{2}{3}}".format("mid", "*", "^", 11))
print("{:{width}.{prec}}|".format(2.718281828, width=10, prec=4))
print("{:>{w}}|{:<{w}}|{:^{w}}|".format(1, 2, 3, w=4))
print("{{literal}} {} {{{}}}".format("a", "b"))
print("{!r:>8}|{!s:<6}|{!a}".format("hi", "there", "ü"))
print("{0}{1}{0}".format("ab", "-"))
print("{:,} {:_} {:_x} {:#b} {:#o} {:08.3f} {:+d} {: d}".format(1234567, 1234567, 0xFFFFFF, 5, 8, -3.14159, 5, 7))
print("{:%} {:.1%} {:e} {:.2E} {:g} {:G}".format(0.25, 1 / 3, 12345.678, 0.000123, 1e20, 1e-10))
print("{:=+8d} {:*<7} {:c}".format(-42, "x", 65))
print("{0.real} {0.imag}".format(5))
for fmt, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{x}", ()), ("{0[5]}", ([1],)),
                  ("{0.nope}", (p,)), ("{:d}", ("s",)), ("{", ()), ("}", ())]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
print("{a}{b}".format_map({"a": 1, "b": 2}))
