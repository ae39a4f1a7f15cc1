# memoized fibonacci with a dict, call counting and big results
calls = {"naive": 0, "memo": 0}

def fib_naive(n):
    calls["naive"] += 1
    if n < 2:
        return n
    return fib_naive(n - 1) + fib_naive(n - 2)

memo = {0: 0, 1: 1}
def fib_memo(n):
    calls["memo"] += 1
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(fib_naive(20), calls["naive"])
print(fib_memo(20), calls["memo"])
calls["memo"] = 0
print(fib_memo(25), calls["memo"])
print(fib_memo(300))
print(fib_memo(300) == fib_iter(300))
print(len(memo), max(memo))
print([fib_iter(i) for i in range(20)])
digits = len(str(fib_iter(1000)))
print("fib(1000) has", digits, "digits")
first_big = next(i for i in range(1000) if fib_iter(i) > 10 ** 20)
print("first fib over 10**20 is index", first_big)
ratio = fib_iter(41) / fib_iter(40)
print(f"golden ratio approx {ratio:.12f}")

def fib_mod(n, m, cache=None):
    if cache is None:
        cache = {}
    if n < 2:
        return n % m
    if n not in cache:
        cache[n] = (fib_mod(n - 1, m, cache) + fib_mod(n - 2, m, cache)) % m
    return cache[n]

print([fib_mod(i, 10) for i in range(30)])
print(fib_mod(500, 10 ** 9 + 7))
