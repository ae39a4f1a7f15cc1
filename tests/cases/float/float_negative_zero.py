# negative zero: repr, equality, arithmetic and sign propagation
z = -0.0
print(z, repr(z), str(z), 0.0 == z, z == 0, z is not 0.0, z < 0)
print(-0.0 + 0.0, -0.0 - 0.0, 0.0 - 0.0, -0.0 * 1, 0.0 * -1, -0.0 * -1)
print(-(0.0), -(0), abs(-0.0), +(-0.0), -0.0 / 5, 0.0 / -5)
print(1 / float("-inf"), -1e-320 * 1e-10, round(-0.4), round(-0.4, 1), round(-0.04, 1))
print(int(-0.0), float("-0"), float("-0.0"), -0.0 // 1, -1.0 % 1, (-0.0) ** 2)
print(f"{-0.0}", f"{-0.0:.2f}", f"{-0.0:+}", "%.1f" % -0.0, f"{-0.001:.1f}")
print(str(-0.0) == "-0.0", {0.0: "a", -0.0: "b"}, {-0.0, 0.0})
print(max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), min(-0.0, 0.0))
print(sorted([0.0, -0.0, 0, -0.0]), sum([-0.0, -0.0]), sum([-0.0], -0.0))
print(divmod(-0.0, 1), divmod(0.0, -1), -0.0 % 5, 0.0 % -5)
print(bool(-0.0), not -0.0, -0.0 or "falsy", hash(-0.0))
print((-0.0).is_integer(), -0.0 < 0.0, -0.0 > -1e-300)
def sign(x):
    return "-" if str(x).startswith("-") else "+"
print([sign(v) for v in [0.0, -0.0, -0.0 * 0, 0.0 * -0.0, -0.0 - 0.0, -0.0 + -0.0]])
print(-0.0 == -0, [-0.0].index(0), [0.0, -0.0].count(0))
