# linecache: getline, getlines, clearcache, checkcache, lazycache.
import linecache

print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 2)))
print(repr(linecache.getline(__file__, 10000)))
print(repr(linecache.getline(__file__, 0)))
print(repr(linecache.getline("no/such/file.py", 1)))
print(repr(linecache.getline("<string>", 1)))
lines = linecache.getlines(__file__)
print(len(lines) > 10, lines[0] == linecache.getline(__file__, 1), all(l.endswith("\n") for l in lines))
print(__file__ in linecache.cache)
linecache.checkcache(__file__)
print(__file__ in linecache.cache)
linecache.clearcache()
print(__file__ in linecache.cache)

class Loader:
    def get_source(self, name):
        return "line one\nline two"

g = {"__name__": "fake_mod", "__loader__": Loader()}
print(linecache.lazycache("fake_mod.py", g))
print(len(linecache.cache["fake_mod.py"]))
print(repr(linecache.getline("fake_mod.py", 2)))
print(linecache.lazycache("fake_mod.py", g))
print(linecache.lazycache("<frozen x>", g), linecache.lazycache("other.py", None))
print(linecache.getlines("fake_mod.py"))
