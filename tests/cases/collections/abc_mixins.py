from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet

class M(Mapping):
    def __init__(self, d): self._d = dict(d)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = M({'a': 1, 'b': 2})
print(m.get('a'), m.get('z'), 'a' in m, list(m.keys()), list(m.values()), list(m.items()))
print(m == {'a': 1, 'b': 2}, m != {'a': 1}, m.keys() & {'a', 'q'}, m.keys() | {'c'} >= {'a'})
print(type(m.keys()).__name__, repr(m.keys())[:10], ('a', 1) in m.items(), 2 in m.values())
try:
    hash(m)
except TypeError as e:
    print("TypeError:", e)
class MM(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
mm = MM()
mm.update({'x': 1}, y=2); mm.update([('z', 3)])
print(dict(mm), mm.pop('x'), mm.pop('nope', 0), mm.setdefault('w', 4), mm.popitem(), dict(mm))
try:
    mm.pop('nope')
except KeyError as e:
    print("KeyError", e)
mm.clear(); print(len(mm))
try:
    mm.popitem()
except KeyError as e:
    print("KeyError", e)
class Sq(Sequence):
    def __init__(self, *a): self._a = a
    def __getitem__(self, i): return self._a[i]
    def __len__(self): return len(self._a)
s = Sq(1, 2, 3, 2)
print(list(s), list(reversed(s)), s.index(2), s.index(2, 2), s.count(2), 3 in s, 9 in s)
try:
    s.index(9)
except ValueError as e:
    print("ValueError", e)
class MSq(MutableSequence):
    def __init__(self): self._a = []
    def __getitem__(self, i): return self._a[i]
    def __setitem__(self, i, v): self._a[i] = v
    def __delitem__(self, i): del self._a[i]
    def __len__(self): return len(self._a)
    def insert(self, i, v): self._a.insert(i, v)
ms = MSq()
ms.append(1); ms.extend([2, 3]); ms += [4]; ms.reverse(); ms.remove(2)
print(ms._a, ms.pop(), ms.pop(0), ms._a)
ms.clear(); print(ms._a)
class St(Set):
    def __init__(self, it=()): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
a, b = St([1, 2, 3]), St([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, St([2]) < a, a == St([3, 2, 1]))
print(a.isdisjoint(St([9])), type(a & b).__name__, list({1, 5} & a) if False else list(a & {1, 5}))
print(St._hash is not None, a._hash() == St([3, 1, 2])._hash())
class MSt(MutableSet):
    def __init__(self, it=()): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
t = MSt()
t |= {1, 2, 3}; t -= {1}; t ^= {3, 4}; t &= {2, 4, 5}
print(list(t), t.pop(), list(t))
t.add(7); t.remove(7)
try:
    t.remove(7)
except KeyError as e:
    print("KeyError", e)
t.clear(); print(len(t))
try:
    Mapping()
except TypeError as e:
    print("TypeError:", e)
try:
    MutableSequence()
except TypeError as e:
    print("TypeError:", e)
