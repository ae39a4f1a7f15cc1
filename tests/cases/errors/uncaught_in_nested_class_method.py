# uncaught KeyError from a method of a class nested inside another class
class Registry:
    class Entry:
        def __init__(self, data):
            self.data = data

        def lookup(self, key):
            print("looking up", key)
            return self.data[key]

    def __init__(self):
        self.entry = Registry.Entry({"a": 1, "b": 2})

    def get(self, key):
        return self.entry.lookup(key)

r = Registry()
print(r.get("a"), r.get("b"))
print(Registry.Entry.lookup.__qualname__)
try:
    r.get("zz")
except KeyError as e:
    print("caught KeyError", e)
print(r.get("missing"))
