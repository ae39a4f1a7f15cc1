# Module-level annotations and a docstring in exec'd code land in its namespace.
g = {}
exec('"the doc"\nx: int = 1\ny: str', g)
print(g["__doc__"], g["__annotations__"], g["x"], "y" in g)
