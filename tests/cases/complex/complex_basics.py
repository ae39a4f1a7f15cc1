# complex: arithmetic, repr, constructor, parsing, equality/hash, errors, literal patterns.
a = 1 + 2j
b = complex(3, -4)
print(a, b, a + b, a - b, a * b, a / b, -a, +a, abs(b), a.real, a.imag, a.conjugate())
print(1j, -1j, 0j, complex(), complex(1), complex(-0.0, -0.0), complex(0.0, -0.0), 2.5j, 1e20j, 1e-7j)
print(a ** 2, a ** -1, a ** 0.5, 2 ** a, (1j) ** (1j), a ** 0, 0j ** 0)
print(a == 1 + 2j, a != b, 1 + 0j == 1, 1 + 0j == 1.0, 2j == 2, hash(1 + 0j) == hash(1), hash(a) == hash(complex(1, 2)))
print(complex("1+2j"), complex(" (3-4J) "), complex("j"), complex("-j"), complex("1e3"), complex("inf+nanj"), complex("1.5e-3-2.5e+4j"))
print(complex(a, 1), complex(1j, 1j), complex(True), bool(0j), bool(1j))
print(float("inf") * 1j, complex(float("nan"), 1))
for bad in ["1+", "abc", "1+2", "", "(1+2j", "1 + 2j"]:
    try: complex(bad)
    except ValueError as e: print("ValueError:", e)
for f in (lambda: 1j / 0, lambda: 0j ** -1, lambda: a < b, lambda: complex("1", 2), lambda: complex(None), lambda: int(1j)):
    try: f()
    except Exception as e: print(type(e).__name__ + ":", e)
class C:
    def __complex__(self): return 5j
print(complex(C()), type(a).__name__, isinstance(a, complex), (-8) ** (1/3))
print({1j: "x"}[1j], [2j, 1j] == [2j, 1j], sum([1j, 2j, 3]))
match 1+2j:
    case 1+2j: print("matched complex literal")
