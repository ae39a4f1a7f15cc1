# Functions defined by exec'd code use its globals dict as their __globals__.
g = {"k": 2}
exec("def scale(v):\n    return v * k", g)
scale = g["scale"]
print(scale(5), scale.__globals__ is g)
g["k"] = 10
print(scale(5))
