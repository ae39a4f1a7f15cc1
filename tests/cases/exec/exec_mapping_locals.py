# Any mapping can be the locals: names are read with __getitem__ (a KeyError falls back
# to globals and builtins), written with __setitem__ and deleted with __delitem__.
class Ns:
    def __init__(self):
        self.d = {"a": 10}
    def __getitem__(self, k):
        print("get", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
ns = Ns()
exec("b = a + 1\ndel a\nprint(len(ns.d))", {"ns": ns}, ns)
print(ns.d)
print(eval("b * 2", {}, ns))
