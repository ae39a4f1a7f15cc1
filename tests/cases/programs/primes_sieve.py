# sieve of Eratosthenes, prime factorization and twin primes
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]

def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def format_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items())

primes = sieve(100)
print(len(primes), primes)
print("sum of primes below 1000:", sum(sieve(1000)))
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print("twins:", twins)
for n in [360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143]:
    print(n, "=", format_factors(factorize(n)))
gaps = {}
big = sieve(2000)
for a, b in zip(big, big[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
for gap in sorted(gaps):
    print(f"gap {gap:2d}: {gaps[gap]}")
