# lambdas as values, arguments and returned functions
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
}
for sym in ops:
    print(sym, ops[sym](6, 3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
make_adder = lambda n: lambda x: x + n
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
print(list(map(lambda x: x % 3, range(7))))
print(list(filter(lambda s: s.startswith("t"), ["two", "one", "three"])))
print(square.__name__, (lambda: None)())
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add5)(1), compose(add5, square)(1))
