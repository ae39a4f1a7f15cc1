print(range(0).__bool__(), range(3).__bool__(), range(10**30).__bool__(), range(5, 1).__bool__())
r = range(1, 10, 2)
print(r.start, r.stop, r.step, r.count(3), r.count(4), r.index(7), list(r.__reversed__()))
print(range(10**20, 10**20 + 5).__bool__(), list(reversed(range(-3, 3, 2))))
try:
    r.index(4)
except ValueError as e:
    print("ValueError", e)
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s.indices(5), s.indices(100))
print(slice(None).indices(3), slice(None, None, -1).indices(4), slice(-2, None).indices(5))
print(slice(-100, 100, 3).indices(10), slice(5, 1, -2).indices(3))
for bad in [-1, "x", 1.5]:
    try:
        slice(1).indices(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    slice(0, 1, 0).indices(4)
except ValueError as e:
    print("ValueError", e)
print(None.__bool__(), type(None).__bool__(None))
