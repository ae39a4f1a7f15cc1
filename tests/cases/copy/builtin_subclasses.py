import copy

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = 'tagged'
c = copy.copy(ml)
d = copy.deepcopy(ml)
print(type(c).__name__, c, c.tag, c[1] is ml[1], d[1] is ml[1], d.tag)

class MyDict(dict):
    pass
md = MyDict(a=[1])
cd = copy.deepcopy(md)
print(type(cd).__name__, cd, cd['a'] is md['a'])

class MyInt(int):
    pass
mi = MyInt(5)
mi.note = 'n'
ci = copy.copy(mi)
print(type(ci).__name__, ci, ci.note, ci is mi)

class MyStr(str):
    pass
print(type(copy.deepcopy(MyStr('abc'))).__name__)

class MyTuple(tuple):
    pass
mt = copy.deepcopy(MyTuple([1, [2]]))
print(type(mt).__name__, mt)

class MySet(set):
    pass
ms = copy.copy(MySet([3]))
print(type(ms).__name__, ms)

e = ValueError('bad', 2)
e.extra = 1
ce = copy.copy(e)
print(type(ce).__name__, ce.args, ce.extra, ce is e)

class M:
    def method(self):
        return self
obj = M()
bm = copy.copy(obj.method)
print(bm.__self__ is obj, bm.__func__ is M.method)
dm = copy.deepcopy(obj.method)
print(dm.__self__ is obj, type(dm.__self__).__name__)

print(copy.copy(object()) is not None)
def gen():
    yield 1
for f in (copy.copy, copy.deepcopy):
    try:
        f(gen())
    except TypeError as ex:
        print("TypeError:", ex)
