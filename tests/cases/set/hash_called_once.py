# A set hashes each element once when adding it.
class H:
    def __hash__(self):
        print("hash"); return 1
    def __eq__(self, o): return self is o
a = H()
s = {a}
print("--")
s2 = set([a])
print("--")
s.add(a)
print("--")
d = {a: 1}
print("--")
d[a]
