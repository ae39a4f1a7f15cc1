import copy

class Tracked:
    def __init__(self, v):
        self.v = v
    def __deepcopy__(self, memo):
        print("deepcopy of", self.v, "memo has self:", id(self) in memo)
        new = Tracked(copy.deepcopy(self.v, memo))
        memo[id(self)] = new
        return new

t = Tracked([1, 2])
pair = copy.deepcopy([t, t])
print(pair[0] is pair[1], pair[0].v, pair[0].v is t.v)

class InstanceHook:
    pass
ih = InstanceHook()
ih.__deepcopy__ = lambda memo: "instance hook used"
ih.__copy__ = lambda: "never used for copy.copy"
print(copy.deepcopy(ih))
print(type(copy.copy(ih)).__name__)

class ClassCopy:
    def __copy__(self):
        return "class __copy__"
print(copy.copy(ClassCopy()))

key = (1, 2)
d = {key: [key]}
dc = copy.deepcopy(d)
print(dc, list(dc)[0] is key)

class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return self.n == other.n
kd = {K(1): 'one'}
kdc = copy.deepcopy(kd)
print([k.n for k in kdc], next(iter(kdc)) is next(iter(kd)))

class WithSlotsAndState:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
        self.b = 'b'
    def __getstate__(self):
        return {'a': self.a}
    def __setstate__(self, state):
        print("setstate", state)
        self.a = state['a']
w = copy.deepcopy(WithSlotsAndState())
print(w.a, hasattr(w, 'b'))

def f():
    pass
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(print) is print)
print(copy.deepcopy(int) is int, copy.copy(K) is K)
nested = ([1], [[2]], ({'x': [3]},))
n2 = copy.deepcopy(nested)
print(n2 == nested, n2 is nested, n2[2][0]['x'] is nested[2][0]['x'])
imm = (1, 'a', (2, (3,)))
print(copy.deepcopy(imm) is imm)
