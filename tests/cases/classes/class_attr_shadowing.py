# instance attributes shadow class attributes; mutation through class vs instance
class A:
    x = 1
    items = []
    def method(self):
        return "method"
a, b = A(), A()
a.x = 10
print(a.x, b.x, A.x)
A.x = 2
print(a.x, b.x)
del a.x
print(a.x)
a.items.append("shared")
print(b.items, A.items)
a.items = ["own"]
print(a.items, b.items)
a.method = lambda: "instance lambda"
print(a.method(), b.method(), A.method(a))
del a.method
print(a.method())
try:
    del a.x
except AttributeError as e:
    print("AttributeError:", e)
class B(A):
    x = 3
print(B.x, B().x, B.items is A.items, B().method())
del B.x
print(B.x)
B.y = "added later"
print(B().y, hasattr(A, "y"))
class Counter:
    count = 0
    def __init__(self):
        self.count += 1
        Counter.total = getattr(Counter, "total", 0) + 1
c1, c2 = Counter(), Counter()
print(c1.count, c2.count, Counter.count, Counter.total)
print(sorted(k for k in vars(c1)), "x" in vars(A), "x" in vars(b))
class C:
    name = "class"
    def show(self):
        name = "local"
        return name, self.name, C.name
print(C().show())
