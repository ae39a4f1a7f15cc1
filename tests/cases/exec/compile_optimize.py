# compile(optimize=N): asserts, __debug__ and docstrings at each level; -1 is the
# interpreter's level (0 here); other values are rejected.
import sys
src = '''
"""modoc"""
def f():
    """fdoc"""
    assert False, "in f"
    return __debug__
class C:
    """cdoc"""
r = f()
'''
for opt in (-1, 0, 1, 2):
    g = {}
    try:
        exec(compile(src, "<s>", "exec", optimize=opt), g)
        print(opt, g["r"], g.get("__doc__"), g["f"].__doc__, g["C"].__doc__)
    except AssertionError as e:
        print(opt, "AssertionError", e)
for opt in (-2, 3, 10):
    try:
        compile("1", "s", "exec", optimize=opt)
    except ValueError as e:
        print(opt, e)
print(eval(compile("__debug__", "e", "eval", optimize=1)))
print(eval(compile("__debug__", "e", "eval", optimize=0)))
print(eval(compile("not __debug__", "e", "eval", 0, False, 2)))
exec(compile("assert 0, 'single'", "s", "single", optimize=1))
print("single ok")
try:
    exec(compile("assert 0, 'single'", "s", "single", optimize=0))
except AssertionError as e:
    print("single", e)
code = compile("lambda: __debug__", "l", "eval", optimize=1)
print(eval(code)())
code = compile("[__debug__ for _ in range(2)]", "l", "eval", optimize=1)
print(eval(code))
import builtins
print(builtins.__debug__, __debug__)
x = 5
assert x == 5
try:
    assert x == 4, f"x is {x}"
except AssertionError as e:
    print("assert", e)
def g():
    "g doc"
    if __debug__:
        return "debug"
    return "nodebug"
print(g(), g.__doc__)
