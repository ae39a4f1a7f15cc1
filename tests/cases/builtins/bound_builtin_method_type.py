# A builtin method bound to its object is a builtin_function_or_method.
import types
x = [].append
print(type(x).__name__, isinstance(x, types.BuiltinMethodType), isinstance(x, types.MethodType), x.__self__, x.__name__)
print(type("a".upper).__name__, "a".upper())
class C:
    def m(self): pass
print(type(C().m).__name__)
