# generator expressions passed to builtins and consumed lazily
nums = [3, 8, 1, 9, 4]
print(sum(x * x for x in nums))
print(max(x % 5 for x in nums), min(-x for x in nums))
print(any(x > 8 for x in nums), all(x > 0 for x in nums))
print(list(x for x in nums if x % 2), tuple(str(x) for x in nums))
print(", ".join(str(x) for x in sorted(nums)))
print(sorted((x for x in nums), reverse=True))
print(dict((x, x * 2) for x in range(3)))
print(set(x % 2 for x in nums))
gen = (x for x in range(3))
print(next(gen), list(gen))
matrix = [[1, 2], [3, 4]]
print(sum(v for row in matrix for v in row))
print(list((i, j) for i in range(2) for j in range(i + 1)))
def lazy(v):
    print("computing", v)
    return v
g = (lazy(v) for v in range(3))
print("gen created")
print(next(g))
print(sum(g))
