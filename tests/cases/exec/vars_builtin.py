# vars(obj) is obj.__dict__; without one it is a TypeError.
class P:
    def __init__(self):
        self.a = 1
p = P()
print(vars(p), vars(p) is p.__dict__)
vars(p)["b"] = 2
print(p.b)
import sys
print(vars(sys) is sys.__dict__)
def f():
    q = 1
    return vars()
print(f())
try:
    vars(1, 2)
except TypeError as e:
    print(e)
vars(5)
