# `s += t` may grow s in place only when nothing else can see s.
def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s
print(len(build(100000)), build(12))

s = "ab"
t = s
s += "cd"
print(s, t)             # the alias keeps the old value
lst = ["x"]
u = lst[0]
u += "y"
print(u, lst)
v = "é"
for _ in range(3):
    v = v + "ü"
print(v, len(v), v[2], hash(v) == hash("éüüü"))
w = "q"
w += w
print(w)
d = {"k": "v"}
k = "k"
k += "2"
print(k, d)
class S(str):
    pass
z = S("a")
z += "b"
print(z, type(z).__name__)
def g():
    a = "start"
    keep = []
    for i in range(3):
        keep.append(a)
        a += str(i)
    return a, keep
print(g())
