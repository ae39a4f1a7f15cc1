import cmath

inf = float("inf")
nan = float("nan")
vals = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
for r in vals:
    row = []
    for phi in vals:
        try:
            row.append(repr(cmath.rect(r, phi)))
        except ValueError as e:
            row.append("ValueError:" + str(e))
    print(r, " ".join(row))
for z in [1 + 1j, -1, -1 - 0j, -1 + 0j, 0j, -0.0 - 0j, 3 - 4j, complex(inf, nan), complex(nan, 1), 1e308 + 0j, 2.5]:
    print(repr(z), cmath.phase(z), cmath.polar(z))
try:
    cmath.polar(complex(1e308, 1e308))
except OverflowError as e:
    print("OverflowError:", e)
print(cmath.rect(2, cmath.pi / 3), cmath.rect(1.5, 0), cmath.rect(3, -0.0), cmath.rect(-0.0, 2))
print(cmath.rect(True, 1), cmath.phase(-1), cmath.phase(5))
