from functools import cmp_to_key

def compare(a, b):
    return (a > b) - (a < b)

def by_len_desc(a, b):
    return len(b) - len(a)

print(sorted([5, 2, 4, 1, 3], key=cmp_to_key(compare)))
print(sorted(['ccc', 'a', 'bb', 'dddd'], key=cmp_to_key(by_len_desc)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(compare)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 <= k2, k1 >= k2, k1.obj)
print(min([4, 2, 8], key=cmp_to_key(compare)), max('abc', key=cmp_to_key(compare)))
try:
    hash(k1)
except TypeError as e:
    print("TypeError")
calls = []
def logged(a, b):
    calls.append((a, b))
    return a - b
sorted([3, 1, 2], key=cmp_to_key(logged))
print(len(calls) > 0)
