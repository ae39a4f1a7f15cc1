import types

def body(ns):
    ns['x'] = 10
    ns['double'] = lambda self: self.x * 2

C = types.new_class('C', (), {}, body)
print(C.__name__, C.x, C().double(), C.__bases__)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, bases, sorted(kw.items()))
        return {'prepared': True}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(kw.items()))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

D = types.new_class('D', (), {'metaclass': Meta, 'flag': 1})
print(type(D).__name__, D.prepared)
E = types.new_class('E', (D,), {'other': 2})
print(type(E).__name__, E.__mro__[1].__name__)

meta, ns, kw = types.prepare_class('P', (D,), {'metaclass': type, 'k': 3})
print(meta.__name__, ns, kw)
meta, ns, kw = types.prepare_class('P')
print(meta.__name__, ns, kw)
orig = {'metaclass': Meta}
types.prepare_class('Q', (), orig)
print(orig)

class M1(type): pass
class M2(type): pass
A1 = M1('A1', (), {})
A2 = M2('A2', (), {})
try:
    types.new_class('Bad', (A1, A2))
except TypeError as e:
    print("TypeError:", e)

class Entry:
    def __init__(self, *replacement):
        self.replacement = replacement
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return self.replacement

bases = (int, Entry(str), Entry())
print(types.resolve_bases(bases))
plain = (int, object)
print(types.resolve_bases(plain) is plain)
class BadEntry:
    def __mro_entries__(self, bases):
        return [object]
try:
    types.resolve_bases((BadEntry(),))
except TypeError as e:
    print("TypeError:", e)

e = Entry(dict)
K = types.new_class('K', (e,))
print(K.__bases__, types.get_original_bases(K) == (e,), '__orig_bases__' in K.__dict__)
class L(list[int]): pass
print(types.get_original_bases(L), L.__bases__)
print(types.get_original_bases(int), types.get_original_bases(C))
try:
    types.get_original_bases(5)
except TypeError as e:
    print("TypeError:", e)
