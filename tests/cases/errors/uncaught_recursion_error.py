# uncaught RecursionError from unbounded recursion
def forever(n):
    return forever(n + 1) + 1

def bounded(n):
    return 0 if n == 0 else 1 + bounded(n - 1)

print("bounded", bounded(100))
try:
    forever(0)
except RecursionError:
    print("first overflow caught")
print("starting")
forever(0)
print("never printed")
