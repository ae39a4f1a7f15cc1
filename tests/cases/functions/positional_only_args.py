# positional-only parameters with /
def power(base, exp=2, /):
    return base ** exp

print(power(3), power(2, 10))
try:
    power(base=3)
except TypeError as e:
    print("TypeError:", e)

def f(a, b, /, c, *, d):
    return [a, b, c, d]

print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)

def kw_named_like_pos(x, /, **kwargs):
    return x, kwargs

print(kw_named_like_pos(1, x=2))
