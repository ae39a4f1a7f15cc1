# sum with start, abs for ints and floats, round, pow, divmod
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([0.1] * 3), sum(range(101)))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum([True, True, False]), sum([1, 2.5]), sum(x * x for x in range(4)))
print(abs(-7), abs(7), abs(-0.0), abs(-2.5), abs(-(2 ** 70)), abs(True))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(10, -1))
print(pow(2, 8), pow(2, -1), pow(9, 0.5), pow(3, 4, 5))
print(divmod(13, 4), divmod(-13, 4), divmod(13.5, 4))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
