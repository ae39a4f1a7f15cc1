# types.ModuleType, types.MethodType and the singleton types can be called.
import types
m = types.ModuleType("m", "doc text")
m.x = 1
print(m, m.__name__, m.__doc__, m.x, m.__spec__, type(m) is types.ModuleType)
class A:
    pass
def f(self, y): return (type(self).__name__, y)
bm = types.MethodType(f, A())
print(bm(2), bm.__func__ is f, type(bm).__name__)
print(type(None)(), type(...)(), type(NotImplemented)())
for bad in (lambda: types.MethodType(1, 2), lambda: type(None)(1), lambda: types.ModuleType(5)):
    try: bad()
    except TypeError as e: print(e)
