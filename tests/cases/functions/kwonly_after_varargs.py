# keyword-only parameters with defaults after *args
def join(*parts, sep=", ", end="."):
    return sep.join(str(p) for p in parts) + end

print(join(1, 2, 3))
print(join("a", "b", sep="+"))
print(join(end="!"))
print(join(*range(4), end="", sep=""))

def mixed(a, b=2, *rest, flag, level=1, **extra):
    return (a, b, rest, flag, level, sorted(extra.items()))

print(mixed(1, flag=True))
print(mixed(1, 5, 6, 7, flag=0, level=3, z=9, y=8))
print(mixed.__kwdefaults__, mixed.__defaults__)
for call in (lambda: mixed(1, 2, 3),
             lambda: join(1, bad=2),
             lambda: mixed(flag=1),
             lambda: mixed(1, 2, flag=1, b=3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def only_kw(*, x, y=10):
    return x + y

print(only_kw(x=1), only_kw(y=1, x=2))
try:
    only_kw(1)
except TypeError as e:
    print("TypeError:", e)
print(mixed.__code__.co_kwonlyargcount, mixed.__code__.co_argcount)
