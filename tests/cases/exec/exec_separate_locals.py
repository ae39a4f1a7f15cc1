# With separate globals and locals, assignments go to the locals mapping; reads look in
# locals, then globals, then builtins; `global` statements write the globals.
g = {"a": 1}
l = {"b": 2}
exec("c = a + b\nglobal d\nd = c * 10\na = 'shadow'", g, l)
print(sorted(l), l["c"], l["a"], g["a"], g["d"])
print(eval("a, b, c", g, l))
