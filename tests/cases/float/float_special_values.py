# inf, -inf, nan and negative zero
inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan)
print(repr(inf), str(ninf), repr(nan))
print(inf + 1, inf * -1, inf - inf, inf * 0)
print(1 / inf, -1 / inf)
print(inf > 10 ** 300, ninf < -1e308)
print(nan == nan, nan != nan, nan > 0, nan < 0)
print(1e308 * 10, -1e308 * 10)
print(float("inf") == inf, float("-inf") == ninf)
z = -0.0
print(z, -z, 0.0 * -1, abs(z))
print(z == 0, str(z), repr(-0.0 + 0.0))
print(round(-0.4), round(-0.4, 1))
print(max(inf, 5), min(ninf, -5))
print(sorted([3.0, inf, -2.5, ninf, 0.0]))
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
