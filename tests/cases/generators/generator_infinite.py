# infinite generators bounded by the consumer
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(12)])
for x in fib():
    if x > 1000:
        print("first fib over 1000:", x)
        break

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1

p = primes()
print([next(p) for _ in range(15)])

def cycle(seq):
    while True:
        for s in seq:
            yield s

c = cycle("abc")
print("".join(next(c) for _ in range(8)))
print(list(zip(range(4), cycle([True, False]))))
