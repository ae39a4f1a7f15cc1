# arithmetic with infinities: results, nan generation and errors
inf = float("inf")
ninf = -inf
print(inf, ninf, inf + 1, inf - 10 ** 30, inf * 2, inf / 10 ** 300)
print(inf + inf, inf * inf, ninf * ninf, inf * -1, -inf == ninf)
print(inf - inf, inf * 0, inf / inf, 0 * ninf)
print(1 / inf, -1 / inf, 5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(inf > 10 ** 400, ninf < -(10 ** 400), inf == 10 ** 400, inf > 1e308)
print(max(1, inf, 3), min(ninf, -1e308), sorted([3, inf, ninf, 0.5]))
print(abs(ninf), -ninf, +ninf, inf ** 0, inf ** -1, 2 ** inf, 0.5 ** inf)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)
print(inf.is_integer(), (2.0).is_integer(), inf == inf, inf is not ninf)
print(str(inf), repr(ninf), f"{inf:.2f}", f"{ninf:10}|", f"{inf:e}")
print("%f %e %g" % (inf, ninf, inf), "%5.1f|" % ninf)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(inf % 1)
except ValueError as e:
    print("ValueError:", e)
print(divmod(7.0, inf), divmod(-7.0, inf))
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    inf // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(hash(inf), hash(ninf), inf in {inf}, [inf].count(inf))
