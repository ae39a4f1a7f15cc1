class Buf:
    def __init__(self):
        self.parts = []
        self.flushed = 0
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.flushed += 1
    def getvalue(self):
        return "".join(self.parts)
print(sorted([3, 1, 2], key=lambda x: -x), sorted("bca", reverse=True), sorted([], key=len))
for call in [lambda: sorted([1], lambda x: x), lambda: sorted(), lambda: sorted([1], cmp=None), lambda: sorted([1, "a"])]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(min([], default=5), max([], default=None), min([3, 1], key=lambda x: -x), max(1, 2, key=None), min("b", "a"))
for call in [lambda: min([]), lambda: max(), lambda: min(1, 2, default=0), lambda: max(1), lambda: min([1], foo=1), lambda: max([1, "a"])]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
buf = Buf()
print("a", "b", sep="-", end="!\n", file=buf, flush=True)
print("x", 1, sep=None, end=None, file=buf)
print(repr(buf.getvalue()), buf.flushed, buf.parts)
for call in [lambda: print(sep=1), lambda: print(end=2), lambda: print(file=5), lambda: print(foo=1)]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(pow(3, 4, 5), pow(3, -1, 7), pow(-2, 3, 5), pow(2, -2), pow(2.0, 0.5), pow(base=2, exp=10), pow(2, 10, mod=1000))
for call in [lambda: pow(2, -1, 4), lambda: pow(2, 2, 0), lambda: pow(2.0, 2, 3), lambda: pow(0, -1), lambda: pow(0.0, -1), lambda: pow(-8, 1/3)]:
    try:
        print(call())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 3))
for call in [lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: divmod("a", 1), lambda: divmod(1)]:
    try:
        call()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(list(zip([1, 2], "ab", strict=True)), list(zip()), list(zip([1], [])))
for a in [([1, 2], [1]), ([1], [1, 2]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [3])]:
    try:
        list(zip(*a, strict=True))
    except ValueError as e:
        print("ValueError", e)
it = iter([1, 2, 3, 0, 5].pop, 3)
print(list(it))
n = iter(lambda: 1, 1)
print(list(n))
for call in [lambda: iter(1, 2), lambda: iter(5), lambda: iter()]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(list(enumerate("ab", start=5)), list(enumerate("ab", -1)), list(enumerate(iterable="ab", start=2)))
try:
    enumerate("a", start="x")
except TypeError as e:
    print("TypeError", e)
print(next(iter([]), "dflt"), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(filter(None, [0, 1, "", "a"])))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
print(list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed("abc")), list(reversed({1: 2, 3: 4})))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
