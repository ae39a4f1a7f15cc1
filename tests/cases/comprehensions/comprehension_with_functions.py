# comprehensions calling functions, methods and nested lambdas
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return False
    return True

print([n for n in range(50) if is_prime(n)])
print([(n, is_prime(n)) for n in [0, 1, 2, 9, 11]])
sentence = "  The quick Brown fox  "
print([w.strip().lower() for w in sentence.split()])
print([f(3) for f in [lambda x: x + 1, lambda x: x * x, abs, str]])
adders = [(lambda k: lambda x: x + k)(k) for k in range(3)]
print([a(10) for a in adders])
people = [("ann", 31), ("bob", 17), ("cy", 45)]
print([name.title() for name, age in people if age >= 18])
print(max([len(n) for n, _ in people]), sorted([a for _, a in people], reverse=True))
