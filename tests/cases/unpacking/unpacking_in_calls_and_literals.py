# * and ** unpacking in function calls and list/tuple/set literals
def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, kw

args = [1, 2]
print(f(*args))
print(f(*args, 3, 4, 5))
print(f(*[1, 2, 3, 4], **{"x": 9}))
print(f(1, *(2,), **{"c": 30}))
print([*range(3), *"ab"], (*[1, 2], 3), [*[], *()])
print(sorted({*[3, 1], *(2, 3)}))
print(max(*[4, 9, 2]), print(*["a", "b"], sep="+"))
def g(**kw):
    return sorted(kw.items())
base = {"a": 1}
print(g(**base, b=2))
print(g(**base, **{"c": 3}), g())
try:
    f(*[1])
except TypeError as e:
    print("TypeError:", e)
