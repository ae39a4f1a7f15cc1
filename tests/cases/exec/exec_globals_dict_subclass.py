# A dict subclass is a valid globals dict.
class G(dict):
    pass
g = G(v=3)
exec("w = v + 1", g)
print(type(g).__name__, g["w"], eval("v * w", g))
