# comprehension variables are local; outer names are readable; class scope quirk
x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)])

def f():
    base = 100
    return [base + i for i in range(3)]
print(f())

def g():
    fns = [lambda: i for i in range(3)]
    return [fn() for fn in fns]
print(g())

class C:
    factor = 3
    values = [factor * 2]
    doubled = [v * 2 for v in range(3)]
print(C.values, C.doubled)
try:
    class D:
        k = 5
        items = [k * i for i in range(3)]
except NameError as e:
    print("NameError:", e)
total = 0
squares = [total + n * n for n in range(4)]
print(squares, total)
