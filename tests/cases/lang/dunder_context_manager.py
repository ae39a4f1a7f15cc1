# __enter__/__exit__: return value of __enter__, exception info passed to __exit__, suppression by truthy return
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with CM("outer") as o, CM("inner", suppress=True) as i:
    print(o, i)
    1 / 0
print("after nested")
def f():
    with CM("ret"):
        return "returned"
print(f())
for n in range(2):
    with CM(f"loop{n}"):
        if n == 0:
            continue
        break
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
