from types import MappingProxyType
d = {'a': 1, 'b': 2}
m = MappingProxyType(d)
print(m, repr(m), str(m))
print(m['a'], len(m), list(m), 'a' in m, 'z' in m, m.get('z', 3), m.get('a'))
print(m.keys(), m.values(), m.items())
c = m.copy()
c['new'] = 1
print(c, d)
print(m | {'c': 3}, {'c': 3} | m, m | MappingProxyType({'x': 0}))
print(m == {'a': 1, 'b': 2}, m != d, list(reversed(m)))
d['later'] = 9
print(m, len(m))
for op in ("m['a'] = 2", "del m['a']", "m.x = 2", "m |= {}", "m['q']", "MappingProxyType([1])", "MappingProxyType(5)", "hash(m)"):
    try:
        exec(op)
        print(op, "ok")
    except Exception as e:
        print(op, "->", type(e).__name__, e)
print(type(m).__name__, MappingProxyType.__name__, MappingProxyType.__module__)
print(MappingProxyType[str, int])
class Dflt(dict):
    def __missing__(self, k):
        return k * 2
print(MappingProxyType(Dflt())['ab'])
for k, v in MappingProxyType({'p': 1, 'q': 2}).items():
    print(k, v)
print(sorted(MappingProxyType({3: 'c', 1: 'a'})))
