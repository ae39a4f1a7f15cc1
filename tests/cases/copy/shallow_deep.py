import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]['k'] is a[2]['k'], d == a)
a[1].append(99)
print(s[1], d[1])
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
dt = copy.deepcopy(t2)
print(dt is t2, dt, dt[1] is t2[1])
for atom in [None, 1, 2.5, 1j, 'str', b'bytes', True, Ellipsis, NotImplemented, range(3),
             len, copy.copy, int, frozenset([1]), slice(1, 2)]:
    print(type(atom).__name__, copy.copy(atom) is atom, copy.deepcopy(atom) is atom)
st = {1, 2}
print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(st) == st)
dd = {'a': [1], 'b': {'c': 2}}
cd = copy.deepcopy(dd)
print(cd, cd['a'] is dd['a'], copy.copy(dd)['a'] is dd['a'])
print(copy.Error is copy.error, issubclass(copy.Error, Exception), copy.__all__)
