# memoization using a closure over a dict
def memoize(func):
    cache = {}
    calls = [0]
    def wrapper(n):
        if n not in cache:
            calls[0] += 1
            cache[n] = func(n)
        return cache[n]
    def stats():
        return calls[0], len(cache)
    wrapper.stats = stats
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30))
print(fib.stats())
print(fib(100))
print(fib.stats())

def make_cached_square():
    seen = {}
    def sq(x):
        hit = x in seen
        if not hit:
            seen[x] = x * x
        return seen[x], hit
    return sq

sq = make_cached_square()
print(sq(4), sq(4), sq(5))
