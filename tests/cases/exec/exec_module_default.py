# At module level exec() defaults to the module's own namespace for both.
exec("x = 41\ndef inc(v):\n    return v + 1")
print(x, inc(x))
exec("x += 1")
print(x, "x" in globals())
