# __call__ makes instances callable; callable(); call errors for non-callables and class-level lookup
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2])))
try:
    add5()
except TypeError as e:
    print("TypeError:", e)
a = Adder(1)
a.__call__ = lambda x: "instance attr ignored"
print(a(1))
for bad in [5, "s", None, [1]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
