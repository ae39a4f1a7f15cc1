# groupby hands out groups that share its iterator: advancing the groupby ends the
# previous group.
from itertools import groupby

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
g = groupby('aaabbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
g = groupby('aaabbc')
k1, g1 = next(g)
print(next(g1))
k2, g2 = next(g)
print(list(g1), k2, next(g2))
print([(k, list(v)) for k, v in g], list(g2))
groups = list(groupby('xxyz'))
print([(k, list(v)) for k, v in groups])

def src():
    for c in 'aabbb':
        print("read", c)
        yield c

for k, grp in groupby(src()):
    print("key", k)
print(type(next(groupby('a'))[1]).__name__)
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for letter, ws in groupby(words, key=lambda w: w[0]):
    print(letter, list(ws))
print(list(groupby([])))
for bad in [lambda: groupby(), lambda: groupby(1), lambda: groupby([], None, 1),
            lambda: list(groupby([1, 2], key=len))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
