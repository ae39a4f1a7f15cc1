# Globals with their own __builtins__ replace the builtins for code run there.
import builtins
try:
    exec("print('hidden')", {"__builtins__": {}})
except NameError as e:
    print(e)
print(eval("len('abc')", {"__builtins__": {"len": lambda s: 99}}))
print(eval("len('abc')", {"__builtins__": builtins}))
g = {"__builtins__": {"abs": lambda v: "mine"}}
exec("def f():\n    return abs(-1)", g)
print(g["f"](), abs(-1))
