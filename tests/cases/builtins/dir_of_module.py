# dir(module) lists exactly the sorted names of its namespace.
import sys
x = 1
def f(): pass
m = sys.modules[__name__]
print([n for n in dir(m) if not n.startswith("__")])
print(dir(m) == sorted(vars(m)))
