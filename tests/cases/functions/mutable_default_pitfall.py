# a mutable default is created once and shared between calls
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))

def counter(counts={}):
    counts["n"] = counts.get("n", 0) + 1
    return counts["n"]

print(counter(), counter(), counter({}), counter())
first = append_to.__defaults__[0]
first.clear()
print(append_to(5))
append_to.__defaults__ = ([100],)
print(append_to(6), first)

start = 10
def uses_value(x=start):
    return x

start = 20
print(uses_value(), uses_value(start))
def make(n):
    def inner(k=n * 2):
        return k
    return inner
fs = [make(i) for i in range(3)]
print([f() for f in fs])
