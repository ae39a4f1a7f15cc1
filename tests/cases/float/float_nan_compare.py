# nan comparisons, identity shortcuts in containers, sorting and min/max
nan = float("nan")
other = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= 0)
print(nan == other, 1 < nan, -1e308 > nan, nan == 10 ** 400)
print(nan is nan, [nan] == [nan], [nan] == [other], (nan,) == (nan,))
print(nan in [nan], other in [nan], [nan].count(nan), [other].count(nan))
print({nan: 1}.get(nan), {nan: 1}.get(other), len({nan, nan}), len({nan, other}))
print([nan, 1].index(nan))
try:
    [other].index(nan)
except ValueError as e:
    print("ValueError:", e)
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan))
print(sorted([3, nan, 1]) == sorted([3, nan, 1]), str(sorted([2.0, 1.0, nan])[-1]))
print(nan + 1, nan * 0, -nan, abs(nan), nan ** 0, 1 ** nan, nan % 2)
print(repr(nan), str(-nan), f"{nan:.3f}", f"{nan:>6}|", "%f" % nan)
print(nan != nan and not (nan == nan), bool(nan), (nan or 5) is nan)
x = float("inf") - float("inf")
print(x != x, x == x)
def isnan(v):
    return v != v
print([isnan(v) for v in [1.0, nan, float("inf"), x, 0.0]])
print(nan.is_integer(), (0.0 * float("inf")) != 0)
print(hash(1.5) == hash(1.5), round(2.5) == 2)
