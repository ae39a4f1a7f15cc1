# __call__ makes instances callable
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x + self.n

add3 = Adder(3)
print(add3(4), add3(10), add3.calls)
print(callable(add3), callable(Adder), callable(3))
print(list(map(add3, [1, 2, 3])), add3.calls)

class Poly:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        total = 0
        for c in self.coeffs:
            total = total * x + c
        return total

p = Poly(1, -3, 2)
print([p(x) for x in range(5)])
print(sorted([3, -1, 2], key=Poly(1, 0, 0)))
