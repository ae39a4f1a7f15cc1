# dunders of a mixin that comes after a builtin base in the MRO: the builtin wins
# only for what its own class dict defines
class Mixin:
    def __repr__(self): return 'Mixin.repr'
    def __str__(self): return 'Mixin.str'
    def __len__(self): return 42
    def __add__(self, o): return 'Mixin.add'
    def __getitem__(self, k): return ('mix', k)
    def __iter__(self): return iter([7])
    def __call__(self, *a): return ('called', a)
    def __contains__(self, x): return True
    def __bool__(self): return False
    def __neg__(self): return 'neg'
    def __lt__(self, o): return 'Mixin.lt'
    def __enter__(self): return 'entered'
    def __exit__(self, *a): return True
    def __format__(self, spec): return 'Mixin.format'
    def __hash__(self): return 99
    def __eq__(self, o): return 'Mixin.eq'
    def __mul__(self, o): return 'Mixin.mul'
    def __matmul__(self, o): return 'Mixin.matmul'
    def __index__(self): return 3


class E(int, Mixin): pass
e = E(5)
print(repr(e), str(e), e + 1, len(e), e[3], list(e), e(1), 3 in e, bool(e), -e)
print(e < 9, e == 5, e * 2, e @ 2, hash(e), format(e, '>3'), f'{e}')
with e as v:
    print(v)


class L(list, Mixin): pass
l = L([1])
print(repr(l), str(l), len(l), l + [2], l(), bool(l), -l, 7 in l, l[0], list(l))
print(l < [2], l == [1], l * 2, l @ 1, format(l, ''), [0, 1, 2, 3][E(0)])
try:
    hash(l)
except TypeError as e2:
    print('TypeError:', e2)


class S(str, Mixin): pass
s = S('ab')
print(repr(s), str(s), len(s), s + 'c', s(), bool(s), -s, s[0], list(s), s * 2)
print(format(s, '>4'), hash(s) == hash('ab'), s == 'ab', 'x' in s)


class D(dict, Mixin): pass
d = D(a=1)
print(repr(d), len(d), d['a'], list(d), d(), bool(d), -d, 'z' in d, d == {'a': 1})


class T(tuple, Mixin): pass
t = T((1, 2))
print(repr(t), len(t), t[0], list(t), t(), bool(t), -t, t + (3,), 5 in t, t < (2,))


class Middle(Mixin):
    def __len__(self): return 1


class F(float, Middle): pass
print(repr(F(1.5)), len(F(1.5)), F(1.5) + 1, -F(1.5), bool(F(0.0)), F(2.0)())


class Base:
    def __repr__(self): return 'Base.repr'


class Plain(Base, int): pass
print(repr(Plain(3)), Plain(3) + 1)
