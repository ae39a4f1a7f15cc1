import cmath


class Cx:
    def __complex__(self):
        return 3 + 4j


class Fl:
    def __float__(self):
        return 0.25


class Ix:
    def __index__(self):
        return 9


class Bad:
    def __complex__(self):
        return 5


print(cmath.sqrt(Cx()), cmath.sqrt(Fl()), cmath.sqrt(Ix()), cmath.sqrt(-4), cmath.sqrt(True))
print(cmath.exp(1), cmath.log(8, 2), cmath.log(-1), cmath.log(1j, 1j), cmath.log(100, 10))
print(cmath.log10(1000), cmath.log10(-100), cmath.log(2 + 3j, 1 - 1j), cmath.log(1e-320))
for expr in ["cmath.sqrt()", "cmath.sqrt(1, 2)", "cmath.sqrt('x')", "cmath.sqrt(Bad())",
             "cmath.log()", "cmath.log(1, 2, 3)", "cmath.log(0)", "cmath.log(0j, 2)",
             "cmath.log(2, 1)", "cmath.log(1, 0)", "cmath.log(2, 0)", "cmath.rect(1)", "cmath.rect(1, 'a')",
             "cmath.phase(1, 2)", "cmath.phase(None)", "cmath.exp(1000)", "cmath.exp(710 + 1j)",
             "cmath.cosh(1000)", "cmath.sinh(-1000 + 2j)", "cmath.atanh(1)", "cmath.atanh(-1)",
             "cmath.atan(1j)", "cmath.atan(-1j)", "cmath.cos(complex(float('inf'), 0))",
             "cmath.sqrt(10**400)", "cmath.sqrt(x=4)", "cmath.exp(709.5)", "cmath.tanh(1000)",
             "cmath.cosh(710.2)", "cmath.exp(complex(1, 1e308))"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
