# Closures and higher-order functions: counters built from nonlocal state,
# function composition, currying, decorators (with and without arguments,
# stacked), map/filter/lambda pipelines, a memoizing decorator backed by a
# dict, and callbacks stored in lists/dicts.

N = 420000
COLLATZ_LIMIT = 60000


def make_counter(start=0, step=1):
    count = start

    def incr():
        nonlocal count
        count += step
        return count
    return incr


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def curry3(f):
    def a(x):
        def b(y):
            def c(z):
                return f(x, y, z)
            return c
        return b
    return a


def memoize(f):
    cache = {}

    def wrapper(*args):
        if args in cache:
            return cache[args]
        v = f(*args)
        cache[args] = v
        return v
    wrapper.cache = cache
    return wrapper


def counted(f):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return f(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = f.__name__
    return wrapper


def clamp(lo, hi):
    def deco(f):
        def wrapper(x):
            v = f(x)
            if v < lo:
                return lo
            if v > hi:
                return hi
            return v
        return wrapper
    return deco


@counted
@clamp(-1000, 1000)
def wobble(x):
    return (x * 37) % 2501 - 1250


@memoize
def collatz_len(n):
    if n == 1:
        return 1
    if n % 2 == 0:
        return 1 + collatz_len(n // 2)
    return 1 + collatz_len(3 * n + 1)


def make_accumulators(n):
    # each closure captures its own loop value via a default-free factory
    def factory(k):
        return lambda x: x * k + k
    return [factory(k) for k in range(n)]


def pipeline(data):
    evens = filter(lambda v: v % 2 == 0, data)
    squared = map(lambda v: v * v, evens)
    shifted = map(lambda v: v - 3, squared)
    return sum(filter(lambda v: v % 5 != 0, shifted))


def event_bus():
    handlers = {}

    def on(name, fn):
        handlers.setdefault(name, []).append(fn)

    def emit(name, payload):
        total = 0
        for fn in handlers.get(name, ()):
            total += fn(payload)
        return total
    return on, emit


def main():
    c1 = make_counter()
    c2 = make_counter(100, 3)
    acc = 0
    for _ in range(N):
        acc += c1() + c2()
    print("counters:", c1(), c2(), acc)

    inc = lambda x: x + 1
    dbl = lambda x: x * 2
    sq = lambda x: x * x
    f = compose(inc, dbl, sq, inc)
    g = compose(*([inc] * 10))
    acc = 0
    for i in range(N):
        acc = (acc + f(i % 100) + g(i)) % 1000003
    print("compose:", acc)

    vol = curry3(lambda x, y, z: x * y + z)
    acc = 0
    for i in range(N):
        acc += vol(i % 7)(i % 11)(i % 13)
    print("curry:", acc)

    acc = 0
    for i in range(N):
        acc += wobble(i)
    print("decorated:", acc, "calls:", wobble.calls, wobble.__name__)

    best = max(range(1, COLLATZ_LIMIT), key=collatz_len)
    print("collatz: longest below", COLLATZ_LIMIT, "starts at", best, "length", collatz_len(best),
          "cached", len(collatz_len.cache))

    fs = make_accumulators(200)
    acc = 0
    for i in range(N // 20):
        for fn in fs[::7]:
            acc += fn(i)
    print("closures in list:", acc)

    data = list(range(N * 2))
    print("pipeline:", pipeline(data), pipeline(data[::3]))

    on, emit = event_bus()
    log = []
    on("tick", lambda p: p + 1)
    on("tick", lambda p: p * 2)
    on("tock", lambda p: log.append(p) or 0)
    acc = 0
    for i in range(N):
        acc += emit("tick" if i % 4 else "tock", i)
    print("events:", acc, len(log), sum(log))


main()
