# copy/deepcopy through __reduce_ex__, copyreg.dispatch_table, __getstate__/__setstate__
import copy
import copyreg


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


class Slotted:
    __slots__ = ('a', '__b')

    def __init__(self):
        self.a = [1]
        self.__b = 2

    def get(self):
        return self.a, self.__b


class Both(Point):
    __slots__ = ('z',)


class MyInt(int):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class MySet(set):
    pass


p = Point([1], 2)
for f in (copy.copy, copy.deepcopy):
    q = f(p)
    print(f.__name__, q, q is p, q.x is p.x)
    s = f(Slotted())
    print(' ', s.get())
    b = Both(1, 2)
    b.z = [3]
    c = f(b)
    print(' ', c, c.z, c.z is b.z)
    i = MyInt(5)
    i.tag = [1]
    j = f(i)
    print(' ', type(j).__name__, j, j.tag, j.tag is i.tag)
    m = MyList([[1], 2])
    m.extra = 'e'
    n = f(m)
    print(' ', type(n).__name__, n, n.extra, n[0] is m[0])
    d = MyDict(a=[1])
    e = f(d)
    print(' ', type(e).__name__, e, e['a'] is d['a'])
    ms = f(MySet({1, 2}))
    print(' ', type(ms).__name__, sorted(ms))
    ex = f(ValueError('bad', [1]))
    print(' ', repr(ex), type(ex).__name__)


class WithState:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        print('  __getstate__')
        return {'v': self.v * 10}

    def __setstate__(self, state):
        print('  __setstate__', state)
        self.__dict__.update(state)


w = copy.deepcopy(WithState())
print(w.v)


class NewArgs:
    def __new__(cls, a):
        print('  __new__', a)
        self = super().__new__(cls)
        self.a = a
        return self

    def __getnewargs__(self):
        return (self.a,)


n = copy.copy(NewArgs(7))
print(n.a)


class Registered:
    def __init__(self, v):
        self.v = v


def reduce_registered(r):
    print('  reduce_registered')
    return (Registered, (r.v + 1,))


copyreg.pickle(Registered, reduce_registered)
print(copy.copy(Registered(1)).v, copy.deepcopy(Registered(5)).v)


class Reducer:
    def __reduce_ex__(self, proto):
        print('  __reduce_ex__', proto)
        return (Reducer, ())


copy.copy(Reducer())
copy.deepcopy(Reducer())


class AsString:
    def __reduce__(self):
        return 'AsString'


a = AsString()
print(copy.copy(a) is a, copy.deepcopy(a) is a)


def gen():
    yield 1


for f in (copy.copy, copy.deepcopy):
    try:
        f(gen())
    except TypeError as e:
        print('TypeError:', e)
