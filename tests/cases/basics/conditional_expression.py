# conditional (ternary) expressions, nested and with side effects
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"

for n in [-5, 0, 7]:
    print(n, sign(n))

def noisy(v):
    print("eval", v)
    return v

r = noisy(1) if True else noisy(2)
print(r)
r = noisy(1) if False else noisy(2)
print(r)
xs = [x if x % 2 else -x for x in range(6)]
print(xs)
print((lambda v: "even" if v % 2 == 0 else "odd")(9))
a = 3
b = 10 if a > 2 else 20
print(b)
print("yes" if [] else "no", "yes" if [0] else "no")
print((1 if a else 2) + 100)
print(1 if a else 2 + 100)
c = "x" if a == 1 else ("y" if a == 2 else ("z" if a == 3 else "w"))
print(c)
