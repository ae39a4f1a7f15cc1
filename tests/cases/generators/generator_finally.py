# generator try/finally runs on exhaustion; return inside generator stops iteration
def managed():
    print("setup")
    try:
        yield 1
        yield 2
    finally:
        print("teardown")

for v in managed():
    print("got", v)

def early_return(n):
    for i in range(n):
        if i == 2:
            return "stopped"
        yield i

print(list(early_return(5)))
g = early_return(5)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

def gen_raises():
    yield 1
    raise ValueError("inside generator")

out = []
try:
    for x in gen_raises():
        out.append(x)
except ValueError as e:
    print("caught", e, out)
