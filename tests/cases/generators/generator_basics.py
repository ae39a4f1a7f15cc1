# generator functions: lazy execution, next(), exhaustion
def gen():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("after 2")

g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(list(g), next(g, "default"))

def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(5)), sum(squares(4)))
s = squares(3)
print(list(s), list(s))
for v in squares(3):
    print("v", v)
print(type(s).__name__)
