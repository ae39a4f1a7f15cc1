# recursion memoized through a dict default argument shared across calls
calls = 0

def fib(n, memo={0: 0, 1: 1}):
    global calls
    calls += 1
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

print(fib(30), calls)
calls = 0
print(fib(31), calls)
print(len(fib.__defaults__[0]))
calls = 0
print(fib(10, {0: 0, 1: 1}), calls)

def paths(r, c, memo=None):
    if memo is None:
        memo = {}
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in memo:
        memo[key] = paths(r - 1, c, memo) + paths(r, c - 1, memo)
    return memo[key]

print(paths(2, 2), paths(10, 10), paths(16, 16))

def collatz_len(n, cache={1: 1}):
    if n in cache:
        return cache[n]
    nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    cache[n] = 1 + collatz_len(nxt)
    return cache[n]

best = max(range(1, 1000), key=collatz_len)
print(best, collatz_len(best), collatz_len(27))
print(sorted(collatz_len.__defaults__[0])[:5])
