# uncaught RecursionError from unbounded recursion
def forever(n):
    return forever(n + 1) + 1

print("starting")
forever(0)
