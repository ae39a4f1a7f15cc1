# A dict subclass as locals: LOAD_NAME goes through __getitem__, so __missing__ works.
class Default(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key.upper()
        raise KeyError(key)
ns = Default(x=1)
exec("y = x + 1\nz = auto_name", {}, ns)
print(sorted(ns.items()))
print(eval("auto_q, len", {}, ns)[0])
