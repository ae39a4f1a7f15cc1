z = 1 + 2j
print(z.__add__(1), z.__radd__(1.5), z.__sub__(1j), z.__rsub__(1))
print(z.__mul__(2), z.__rmul__(1j), z.__truediv__(2), z.__rtruediv__(1))
print(z.__pow__(2), z.__rpow__(2), z.__neg__(), z.__pos__())
print(z.__abs__(), (3 + 4j).__abs__(), (0j).__bool__(), z.__bool__())
print(z.__eq__(1), (1 + 0j).__eq__(1), (1 + 0j).__eq__(1.0), z.__ne__(z), z.__eq__("x"))
print(z.__add__("x"), z.__getnewargs__(), z.conjugate())
print(z.real, z.imag, (5).real, (5).imag, (2.5).real, (2.5).imag)
try:
    z.__truediv__(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
