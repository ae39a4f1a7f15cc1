from collections import OrderedDict

a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b, dict(a) == dict(b), a == dict(b), dict(b) == a)
print(a == OrderedDict(a), a.keys() == b.keys(), a.items() == b.items())
print(a.keys() == {'x', 'y'}, a.keys() & {'x', 'q'}, a.keys() | {'q'} == {'x', 'y', 'q'}, a.keys() - {'x'})
print(('x', 1) in a.items(), ('x', 2) in a.items(), 2 in a.values(), len(a.keys()))
try:
    hash(a)
except TypeError:
    print("unhashable")

r = OrderedDict()
r['me'] = r
print(r)
print(repr(OrderedDict([('k', [1, 2])])))

s = OrderedDict.fromkeys('abcde')
for key in 'ebdca':
    s.move_to_end(key, last=key < 'c')
print(''.join(s))
