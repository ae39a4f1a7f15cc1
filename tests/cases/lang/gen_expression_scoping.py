# generator expressions: first iterable evaluated eagerly, rest lazily; own scope; class-body restrictions
log = []
def src(name, items):
    log.append(name)
    return items
g = (x + y for x in src("outer", [1, 2]) for y in src("inner", [10, 20]))
print(log)
print(list(g), log)
x = "module x"
g = (x for x in range(3))
print(list(g), x)
try:
    (1 for _ in 5)
except TypeError as e:
    print("TypeError:", e)
class C:
    vals = [1, 2, 3]
    total = sum(v for v in vals)
    factor = 10
    try:
        scaled = list(v * factor for v in vals)
    except NameError as e:
        err = str(e)
print(C.total, C.err)
n = 1
g = (n * i for i in range(3))
n = 100
print(list(g))
g = (i for i in range(3))
print(sum(g), sum(g))
print(type(i for i in []).__name__)
print(max(len(w) for w in ["a", "bbb", "cc"]), "".join(c.upper() for c in "abc"))
