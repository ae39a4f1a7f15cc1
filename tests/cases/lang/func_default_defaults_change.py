# changing __defaults__/__kwdefaults__ at runtime affects later calls
def f(a, b=1, c=2, *, k=3):
    return a, b, c, k
print(f(0))
f.__defaults__ = (10, 20)
print(f(0))
f.__defaults__ = (99,)
print(f(0, 1))
try:
    f(0)
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = None
try:
    f(0)
except TypeError as e:
    print("TypeError:", e)
f.__kwdefaults__ = {"k": "kw"}
print(f(0, 1, 2))
f.__kwdefaults__ = None
try:
    f(0, 1, 2)
except TypeError as e:
    print("TypeError:", e)
