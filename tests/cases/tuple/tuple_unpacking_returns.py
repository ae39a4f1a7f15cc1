# functions returning tuples and unpacking them
def min_max(xs):
    return min(xs), max(xs)

def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    return n, mean, (min(xs), max(xs))

lo, hi = min_max([4, 8, 1, 9])
print(lo, hi)
n, mean, (a, b) = stats([2, 4, 6, 8])
print(n, mean, a, b)
result = min_max("hello")
print(result, type(result).__name__)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x + y)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)
