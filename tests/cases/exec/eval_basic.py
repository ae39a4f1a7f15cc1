# eval() returns the expression's value; it sees the caller's globals and locals.
x = 10
print(eval("x + 1"), eval("[x, x * 2]"))
def f(a):
    b = 5
    return eval("a + b + x")
print(f(1))
class C:
    y = 3
    z = eval("y * 2")
print(C.z)
print(eval("(lambda v: v * 3)(4)"), eval("x if x > 5 else -x"))
print(eval("a + b", {"a": 1}, {"b": 2}), eval("a", {"a": 1}, {"a": 2}))
