# return without value, implicit None, tuples, early return in loops, return in try/finally
def nothing(): pass
def bare(): return
def multi(): return 1, "two", [3]
def early(xs):
    for x in xs:
        if x > 2:
            return x
    return "none above 2"
def fin():
    try:
        return "try"
    finally:
        print("finally runs")
print(nothing(), bare(), multi())
a, b, c = multi()
print(a, b, c)
print(early([1, 5, 3]), early([1]))
print(fin())
def gen_return():
    return (x for x in range(3))
print(list(gen_return()))
