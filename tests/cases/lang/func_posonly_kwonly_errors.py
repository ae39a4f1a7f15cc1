# positional-only and keyword-only parameters: legal calls and CPython's exact TypeError messages
def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))
for call in [
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(a=1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, 3, d=4, z=0),
    lambda: f(1),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def g(x, /, **kw):
    return x, kw
print(g(1, x=2))

def h(*, only):
    return only
try:
    h(1)
except TypeError as e:
    print("TypeError:", e)
try:
    h()
except TypeError as e:
    print("TypeError:", e)
