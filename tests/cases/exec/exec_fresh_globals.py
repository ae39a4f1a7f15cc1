# exec() with only globals: names land in that dict, which gains __builtins__ (the
# builtins module's dict); an existing __builtins__ is left alone.
import builtins
g = {"x": 10}
r = exec("y = x * 2\nz = y + 1", g)
print(r, g["y"], g["z"], sorted(k for k in g if k != "__builtins__"))
print(g["__builtins__"] is builtins.__dict__)
g2 = {"__builtins__": builtins}
exec("w = len('abc')", g2)
print(g2["w"], g2["__builtins__"] is builtins)
