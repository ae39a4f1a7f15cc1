import gc
class A:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
a = A("a")
del a
print("after del a")
def f():
    x = A("local")
    print("in f")
f()
print("after f")
b = A("b"); c = A("c"); b.other = c; c.other = b
del b, c
print("cycle dropped")
print(gc.collect() >= 2)
print("collected")
class R:
    saved = []
    def __del__(self):
        print("resurrect"); R.saved.append(self)
r = R(); del r
print(len(R.saved))
R.saved.clear()
print("no second del")
class E:  # its error goes to stderr
    def __del__(self): raise ValueError("boom")
e = E(); del e
print("after E")
lst = [A("l1"), A("l2")]
lst.clear()
print("cleared")
g = A("global")
print("end")
