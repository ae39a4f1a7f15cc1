# iter() and next() with defaults; iterating dicts and strings explicitly
it = iter([1, 2])
print(next(it, "a"), next(it, "b"), next(it, "c"), next(it, None))
d = {"one": 1, "two": 2}
ki = iter(d)
print(next(ki), next(ki), next(ki, "done"))
vi = iter(d.values())
print(list(vi))
ii = iter(d.items())
print(next(ii))
s = iter("xyz")
collected = []
while True:
    ch = next(s, None)
    if ch is None:
        break
    collected.append(ch)
print(collected)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
gen = iter(range(3))
print(list(zip(gen, gen)))
