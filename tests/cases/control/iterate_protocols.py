# iter() and next() on lists, strings, dicts, ranges; StopIteration
it = iter([1, 2, 3])
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
print(next(it, "default"))
s = iter("ab")
print(next(s), next(s), next(s, None))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
r = iter(range(10, 13))
print(list(r), list(r))
it2 = iter([5, 6, 7, 8])
for x in it2:
    print("got", x)
    if x == 6:
        break
print("rest", list(it2))
a = iter([1, 2])
print(iter(a) is a)
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
e = enumerate("xyz")
print(next(e), list(e))
m = map(lambda v: v * 2, [1, 2, 3])
print(next(m), list(m), list(m))
