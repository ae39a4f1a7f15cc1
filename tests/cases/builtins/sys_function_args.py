import sys

for n in [2**70, 2**40, 1.5, 0, 1]:
    try:
        sys.setrecursionlimit(n)
        print("set", n)
    except (OverflowError, TypeError, ValueError, RecursionError) as e:
        print(type(e).__name__, e)

def f():
    try:
        sys.setrecursionlimit(2)
    except RecursionError as e:
        print(type(e).__name__, e)

f()
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())

class S(str):
    pass

calls = [
    lambda: sys.intern(5),
    lambda: sys.intern(),
    lambda: sys.intern(S("a")),
    lambda: sys.intern(string="a"),
    lambda: sys.exit(code=1),
    lambda: sys.exit(1, 2),
    lambda: sys.getrecursionlimit(1),
    lambda: sys.exc_info(1),
    lambda: sys.exception(1),
    lambda: sys.setrecursionlimit(limit=5),
    lambda: sys.stdout.write(),
    lambda: sys.stdout.write(5),
    lambda: sys.stdout.write("a", "b"),
    lambda: sys.stdout.write(s="x"),
    lambda: sys.stdout.flush(5),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
print(sys.intern("abc"))
print(sys.stdout.write("xyz\n"))
