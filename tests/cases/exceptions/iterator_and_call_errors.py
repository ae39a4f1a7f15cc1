# StopIteration from next(), default values, non-callables and non-iterables
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args, e.value)
g = (x for x in [])
try:
    next(g)
except StopIteration:
    print("empty generator exhausted")
d = iter({"a": 1})
print(next(d))
try:
    next(d)
except StopIteration:
    print("dict iterator exhausted")
r = iter(range(1))
print(next(r), next(r, "done"))
z = zip([1], [2, 3])
print(next(z), next(z, "zip done"))
m = map(str, [])
print(next(m, "map done"), next(enumerate("a")), next(reversed([1, 2])))
for obj in [5, None, 3.5, True]:
    try:
        obj()
    except TypeError as e:
        print("TypeError:", e)
for obj in [5, None, 3.5]:
    try:
        for _ in obj:
            pass
    except TypeError as e:
        print("TypeError:", e)
try:
    next("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter("abc"), 1, 2)
except TypeError as e:
    print("TypeError:", e)
def gen():
    yield 1
    raise StopIteration("inside")
try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
x = [1, 2, 3]
x_it = iter(x)
x.append(4)
print(list(x_it))
