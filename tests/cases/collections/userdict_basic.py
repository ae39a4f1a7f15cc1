from collections import UserDict, UserList, UserString

d = UserDict({'a': 1}, b=2)
print(d, d.data, len(d), d['a'], 'b' in d, list(d), d.get('z', 9))
d['c'] = 3
del d['a']
print(d, d.pop('b'), d.setdefault('q', 1), d)
print(d == {'c': 3, 'q': 1}, d | {'x': 1}, {'x': 1} | d, type(d | {}).__name__)
d |= {'y': 0}
print(d, d.copy(), type(d.copy()).__name__, UserDict.fromkeys('ab', 1))
class M(UserDict):
    def __missing__(self, k):
        return k * 2
print(M()['ab'], M().get('ab'))
try:
    UserDict()['nope']
except KeyError as e:
    print("KeyError:", e)
print(UserDict(dict=1), UserDict(self=2))
print(repr(UserDict()), isinstance(UserDict(), dict))

l = UserList([3, 1, 2])
print(l, l.data, len(l), l[0], l[-1], l[1:], type(l[1:]).__name__)
l.append(5); l.extend([0]); l.insert(0, 9); l.sort()
print(l, l.pop(), l.pop(0), l.index(2), l.count(2), l.copy())
l.reverse(); l.remove(2)
print(l, l + [7], [7] + l, l * 2, 2 * l, type(l + [1]).__name__, type([1] + l).__name__)
l += [4]; l *= 2
print(l, l == [3, 1, 4, 3, 1, 4], l < [9], 3 in l, sorted(l))
l[0] = 100; del l[1]; l[1:3] = [8, 8]
print(l, UserList(), UserList(UserList([1])), UserList('ab'))
l.clear()
print(l)

s = UserString('Hello')
print(s, repr(s), len(s), s[1], s[1:3], type(s[1:3]).__name__, s.upper(), s + '!', '>' + s)
print(s * 2, s == 'Hello', s < 'World', 'ell' in s, s.split('l'), s.replace('l', 'L'), s.find('l'))
print(s.startswith('He'), s.center(9, '*'), s.strip('Ho'), s.count('l'), s.join(['a', 'b']))
print(s % () if False else UserString('%s-%d') % ('a', 1), int(UserString('42')), float(UserString('2.5')))
print(hash(s) == hash('Hello'), s.encode(), s.casefold(), s.zfill(8), s.partition('l'), s.format())
print(UserString(123), s.data, s.capitalize(), s.swapcase(), s.title(), s.isalpha(), s.splitlines())
print(sorted([UserString('b'), UserString('a')]), str(s), s.lower().rstrip('o'))
