# Powers: integral exponents by repeated squaring, general ones, overflow, zero.
for base in (1+1j, -2j, 0.5+0.5j, 3):
    for exp in (0, 1, 2, 5, -3, 0.5, 1j, 2+1j):
        try:
            print(base, exp, complex(base) ** exp)
        except Exception as e:
            print(base, exp, type(e).__name__, e)
try:
    b = 1e200+1e200j
    print(b ** 3)
    print(b ** 2.5)
except OverflowError as e:
    print("OverflowError:", e)
print((-1) ** 0.5, (-27.0) ** (1/3), 2 ** 0.5j)
