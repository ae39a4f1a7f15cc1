import math
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, math.fsum([0.1] * 10))
print(sum([1e100, 1.0, -1e100]), sum([1, 2.5, 3]), sum([], 0.5), sum(range(5), start=10))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([1.5, float("inf")]), sum([float("inf"), -float("inf")]))
print(sum([True, True, 3]), sum([1 + 2j, 3.5]), sum([2**64, 1.0]))
for bad in [(["a", "b"], ""), ([b"a"], b""), ([bytearray(b"a")], bytearray())]:
    try:
        sum(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError", e)
print(sum([0.1, 0.2, 0.3]), sum([1e16, 1.0, 1.0]), sum([-0.0]), sum([-0.0], -0.0))
