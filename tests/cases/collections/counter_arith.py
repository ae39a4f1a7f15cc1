from collections import Counter

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a & b, a | b)
print(b - a, b & a, b | a)
print(+a, -a)
x = Counter(a=3, b=1)
x += Counter(b=2, c=-1)
print(x)
x -= Counter(a=5)
print(x)
x |= Counter(z=2, b=1)
print(x)
x &= Counter(z=1, b=10)
print(x)
y = Counter(a=-1, b=0)
y += Counter()
print(y)
y = Counter(a=-1, b=0, c=1)
y -= Counter()
print(y)
try:
    Counter() + {'a': 1}
except TypeError as e:
    print("TypeError:", e)
try:
    Counter() - 1
except TypeError as e:
    print("TypeError:", e)
print(Counter('abc') + Counter('cde'))
print((Counter(a=2) | Counter(a=2, b=0)), Counter(a=2) & Counter())
print(Counter({'a': 0.5}) + Counter({'a': 0.25}))
print(Counter(a=2, b=1) == Counter(b=1, a=2))
print(sorted((Counter('mississippi') - Counter('miss')).elements()))
print(list(Counter({'x': 3, 'y': -1, 'z': 0, 'w': 2}).elements()))
