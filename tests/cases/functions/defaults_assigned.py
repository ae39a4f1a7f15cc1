# __defaults__ assigned a tuple longer (or shorter) than the parameter list.
def f(a):
    return a

f.__defaults__ = (1, 2, 3)
print(f())
try:
    f(1, 2)
except TypeError as e:
    print(e)

def m(a, b, c, d=4):
    return a, b, c, d

m.__defaults__ = (9, 8, 7, 6, 5, 4)
print(m(), m(1), m(1, 2))
try:
    m(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)

def g(a, b=2):
    return a, b

g.__defaults__ = ()
try:
    g()
except TypeError as e:
    print(e)

# Unexpected keywords are reported before too many positionals, as in CPython.
def q(a, *, b):
    return a

try:
    q(1, 2, 3, c=1)
except TypeError as e:
    print(e)
try:
    q(1, 2, b=3)
except TypeError as e:
    print(e)

def r(a, **kw):
    return a

try:
    r(1, 2, x=3)
except TypeError as e:
    print(e)
