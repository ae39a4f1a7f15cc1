import bisect

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 2.5, 3, 4, 8, 13, 14]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
for lo, hi in [(0, None), (2, None), (0, 4), (3, 7), (5, 5), (6, 2), (0, -1), (1, 0), (0, 9)]:
    print(lo, hi, bisect.bisect_left(a, 2, lo, hi), bisect.bisect_right(a, 8, lo, hi),
          bisect.bisect_left(a, 8, lo=lo, hi=hi))
print(bisect.bisect_left([], 5), bisect.bisect_right([], 5))
print(bisect.bisect_left('acegi', 'f'), bisect.bisect_right(('a', 'b', 'b'), 'b'), bisect.bisect_left(range(0, 100, 3), 50))

s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    bisect.insort(s, v)
print(s)
pairs = []
for i, v in enumerate([3, 1, 3, 2, 1, 3]):
    bisect.insort_left(pairs, (v, i))
    bisect.insort_right(pairs, (v, -i))
print(pairs)
s = [10, 20, 30]
bisect.insort(s, 25, 0, 2)
bisect.insort_left(s, 0, 1)
print(s)

# grades example
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])

# floats, negative zero, mixed types
f = [-1.5, -0.0, 0.0, 0.5, 1]
print(bisect.bisect_left(f, 0), bisect.bisect_right(f, 0), bisect.bisect_left(f, True))
