import operator
from itertools import accumulate

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([1, 2, 3], func=lambda a, b: a - b, initial=None)))
print(list(accumulate(iterable=[1, 2], func=operator.add)))

def noisy():
    for i in range(3):
        print("yield", i)
        yield i

a = accumulate(noisy(), lambda x, y: print("f", x, y) or x + y)
for v in a:
    print("got", v)
for bad in [lambda: accumulate(), lambda: accumulate([1], None, 3), lambda: accumulate(1),
            lambda: accumulate([1], x=3), lambda: list(accumulate([1, 'a']))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
