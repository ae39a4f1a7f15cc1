# Pattern objects: attributes, repr, equality, hash, the compile cache
import re

p = re.compile(r'(?P<w>\w+) (\d+)', re.I | re.M)
print(p.pattern, p.flags, p.groups, p.groupindex)
print(repr(p))
print(repr(re.compile('a')), repr(re.compile(b'a')), repr(re.compile('a', re.A)))
print(repr(re.compile('a', re.S | re.X)), repr(re.compile(b'a', re.L | re.I)))
print(repr(re.compile('a', re.U)), repr(re.compile('a', re.DOTALL|re.VERBOSE|re.ASCII)))
print(repr(re.compile('x' * 300)))
print(repr(re.compile("it's")), repr(re.compile('\n')))
print(re.compile('a') is re.compile('a'), re.compile('a') is re.compile('a', re.I))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I))
print(re.compile('a') != re.compile('b'), re.compile('a') == 'a')
print(hash(re.compile('ab')) == hash(re.compile('ab')))
print(type(p).__name__, type(p).__module__, type(p) is re.Pattern, isinstance(p, re.Pattern))
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError:', e)
print(p.search('xx Abc 12').groups(), p.match('Abc 12').span())
print(p.fullmatch('Abc 12'), p.fullmatch('Abc 12 '))
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('a', re.A).flags)
print(re.Pattern, re.Match)
print(re.compile('(a)(b)').groups, re.compile('').groups, re.compile('(?:a)').groupindex)
d = {re.compile('x'): 1}
print(d[re.compile('x')])
