# augmented assignment to subscripts/attributes evaluates the container and key expressions once
class Logged:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, k):
        print("getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.data[k] = v
calls = []
obj = Logged()
def get_obj():
    calls.append("obj")
    return obj
def get_key():
    calls.append("key")
    return "k"
get_obj()[get_key()] += 10
print(calls, obj.data)
class A:
    def __init__(self): self.val = 1
    def __getattribute__(self, n):
        if n == "val": print("get val")
        return object.__getattribute__(self, n)
    def __setattr__(self, n, v):
        print("set", n, v)
        object.__setattr__(self, n, v)
a = A()
holder = [a]
def idx():
    calls.append("idx")
    return 0
calls.clear()
holder[idx()].val *= 7
print(calls, a.val)
lst = [[1, 2]]
lst[0][idx()] -= 5
print(lst)
d = {}
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError:", e)
s = [1, 2, 3, 4]
s[1:3] += ["x"]
print(s)
