# In 'single' code every top-level expression statement is shown, also inside loops and
# ifs, but not in the functions or classes the code defines.
exec(compile("for i in range(3):\n    i * 10\n", "<s>", "single"))
exec(compile("if True:\n    'yes'\nelse:\n    'no'\n", "<s>", "single"))
ns = {}
exec(compile("def f():\n    'not shown'\n    return 4\n", "<s>", "single"), ns)
exec(compile("f()", "<s>", "single"), ns)
exec(compile("class K:\n    'doc'\n    1 + 1\n", "<s>", "single"), ns)
print(ns["K"].__doc__)
