import cmath

inf = float("inf")
nan = float("nan")
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.pi), type(cmath.infj), repr(cmath.nanj), repr(cmath.infj))
for z in [0, 1 + 2j, complex(inf, 0), complex(0, -inf), complex(nan, 0), complex(0, nan),
          complex(inf, nan), 1e308, -0.0]:
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1 + 1j, 1 + 1j), cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1, 1.001),
      cmath.isclose(1, 1.001, rel_tol=0.01), cmath.isclose(0, 1e-12j),
      cmath.isclose(0, 1e-12j, abs_tol=1e-11), cmath.isclose(complex(inf, 1), complex(inf, 1)),
      cmath.isclose(complex(inf, 1), complex(inf, 2)), cmath.isclose(nan, nan),
      cmath.isclose(1e308 + 1e308j, -1e308 - 1e308j))
for kw in ({"rel_tol": -1}, {"abs_tol": -1e-9}):
    try:
        cmath.isclose(1, 2, **kw)
    except ValueError as e:
        print(e)
for call in [lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1, 2, tol=3),
             lambda: cmath.isnan("x"), lambda: cmath.isinf()]:
    try:
        call()
    except TypeError as e:
        print(e)
print(cmath.isclose(a=1, b=1.0), sorted(n for n in dir(cmath) if not n.startswith("_")))
