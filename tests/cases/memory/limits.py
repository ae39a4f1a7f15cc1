# Impossible requests are MemoryError at once; deep recursion is RecursionError.
import sys
print(sys.getrecursionlimit())
for expr in ("[0] * 10**12", "'x' * 2**62", "b'x' * 2**62", "list(range(10**12))",
             "(1,) * 2**61", "[[]] * 2**40"):
    try:
        eval(expr)
    except MemoryError as e:
        print("MemoryError", repr(str(e)))
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError as e:
    print(e)
try:
    compile("(" * 1000 + ")" * 1000, "s", "eval")
except SyntaxError as e:
    print("SyntaxError", e)
print(len(list(range(100000))), list(range(10, 0, -3)))
