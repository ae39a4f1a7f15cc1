from collections import UserList, UserString, UserDict
import copy
a = UserList([1, 2, 3])
print(a == UserList([1, 2, 3]), a < UserList([1, 3]), a >= [1, 2], a != (1, 2, 3), a == [1, 2, 3])
print(a[::-1], a[:], type(a[:]).__name__, a[-1:], a.copy(), copy.copy(a), copy.deepcopy(a))
b = UserList(a)
b.sort(reverse=True)
print(b, a, b.data is a.data)
b.sort(key=lambda x: -x)
print(b, repr(UserList()), str(UserList([1])), list(reversed(a)), len(a), bool(UserList()))
print(a.index(2), a.index(3, 1, 3))
try:
    a.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
class L(UserList):
    pass
l = L([1])
print(type(l + [2]).__name__, type(l * 2).__name__, type(l[:]).__name__, type(l.copy()).__name__)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
print(UserList([3, 1]) + UserList([2]), [0] + UserList([1]), (0,) + tuple(UserList([1])))
s = UserString('abc')
print(s == UserString('abc'), s < UserString('abd'), s + UserString('d'), 'x' + s, s * 0, 3 * s)
print(s[::-1], s.index('b'), s.rfind('c'), s.ljust(5, '.'), s.rjust(5), s.expandtabs(), s.isdigit(), s.isidentifier())
print(s.endswith(('c', 'z')), s.rindex('a'), s.rpartition('b'), s.rsplit('b'), s.lstrip('a'), s.removeprefix('a'), s.removesuffix('c'))
print(s.translate({97: 'A'}), s.format_map({}), s.maketrans('a', 'b'), s.isascii(), s.istitle(), s.isupper(), s.islower(), s.isspace())
print(UserString('%s!') % 'hi', type(UserString('%s') % 'x').__name__, 'v=%s' % UserString('q'))
print(s.count('a', 1), s.find('c', 0, 2), 'b' in s, UserString('b') in s, s.encode('utf-8'), s.isalnum(), s.isdecimal(), s.isnumeric(), s.isprintable())
print(list(s), sorted(UserString('cab')), s.__getnewargs__(), copy.copy(s), UserString(s))
try:
    UserString(1) + 1
except TypeError as e:
    print("TypeError:", e)
d = UserDict()
d.update({'a': 1}, b=2)
print(d, copy.copy(d), type(copy.copy(d)).__name__, d.data is copy.copy(d).data, copy.deepcopy(d))
print('a' in d, 1 in d, d.keys(), list(d.items()), d.popitem(), d)
class UD(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
print(UD(a=1), UD({'b': 2}), UD().fromkeys('x', 1))
print(d == UserDict(d), UserDict(a=1) == UserDict(a=1), len(UserDict()), iter(UserDict({'z': 0})).__next__())
