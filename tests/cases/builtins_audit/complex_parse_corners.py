for s in ["1+2j", " (1+2j) ", "1-2J", "j", "-j", "+1j", "1e3+1e-3j", "inf+nanj", "1_0+2_0j", "(1)", "1 + 2j", "1+", "()", "1j+1", "", "2", "nanj", "-1.5e-3-0j"]:
    try:
        print(repr(s), repr(complex(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(complex(1, 2), complex(1.5), complex(real=1, imag=-0.0), complex(1j, 1j), complex(), complex(True, False))
for bad in [("1", 2), (None,), ([1],), (1, "2")]:
    try:
        complex(*bad)
    except TypeError as e:
        print("TypeError", e)
print(repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(-(0j)), repr(complex(float("inf"), float("nan"))), 1j ** 2, (1 + 1j) ** 0.5)
print(abs(3 + 4j), (1 + 2j).conjugate(), (1 + 2j) == (1 + 2j), (1 + 0j) == 1, 1j * 1j, (1 + 2j) / (3 - 4j), 2 ** (1j))
for bad in [lambda: (1 + 1j) < (2 + 2j), lambda: 1j // 1, lambda: 1j % 1, lambda: int(1j), lambda: (1 + 1j) / 0, lambda: 0j ** -1]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(format(1 + 2j), format(1.5 - 2j, ".1f"), format(1j, "^12"), f"{3+4j:e}", str(1e20j), repr(1e-20 + 1j))
