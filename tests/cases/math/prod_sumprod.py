import math
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 30)))
print(math.prod([1.5, 2, 3]), math.prod([[1]], start=3) if False else math.prod(["ab"], start=3))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([1.1, 2.2, 3.3], [4.4, 5.5, 6.6]))
print(math.sumprod([0.1] * 10, [1] * 10), math.sumprod([10**20, 3], [10**20, 2.5]), math.sumprod([True, 2], [3.5, False]))
print(math.sumprod([1e308, 1e308], [10, -10]), math.sumprod([], []), math.sumprod([2**62, 2**62], [2, 2]))
try:
    math.sumprod([1, 2], [3])
except ValueError as e:
    print(e)
try:
    math.prod([1], 2)
except TypeError as e:
    print(e)
