# A class made in exec'd code takes __module__ from the globals' __name__ (here absent, so
# LOAD_NAME finds the builtins module's __name__).
g = {}
exec("class K:\n    pass", g)
print(g["K"].__module__, g["K"].__qualname__)
g2 = {"__name__": "mymod"}
exec("class K:\n    def m(self): return __name__", g2)
print(g2["K"].__module__, g2["K"]().m())
