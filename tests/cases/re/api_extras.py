# Pattern.groupindex is a read-only mappingproxy; unknown flag bits are kept in
# Pattern.flags and shown by repr; a non-text template fails as CPython's template
# parser does; re.template compiles with re.TEMPLATE.
import re

p = re.compile(r'(?P<first>\w+) (?P<last>\w+)')
gi = p.groupindex
print(type(gi).__name__, gi, repr(gi), gi['last'], len(gi), list(gi), dict(gi), gi == {'first': 1, 'last': 2})
try:
    gi['x'] = 3
except TypeError as e:
    print('TypeError:', e)
print(re.compile('x').groupindex, re.compile(b'(?P<b>x)').groupindex)

for flags in (1 << 12, (1 << 12) | re.I, 1 << 20, 512):
    q = re.compile('a', flags)
    print(q.flags, q, bool(q.match('A')))

m = p.match('Jane Doe')
for t in (5, None, [1], 2.5):
    for f in (m.expand, lambda t: p.sub(t, 'a b')):
        try:
            f(t)
        except TypeError as e:
            print('TypeError:', e)

t = re.template('a|b')
print(t, t.flags & re.T, t.match('b'))
print(re.compile('a', re.T), re.T, re.TEMPLATE, re.template('(a)(?P<n>b)c').groupindex)
# TEMPLATE patterns cannot repeat
for p in ['a+', 'a*?', 'a*+', '(?:ab){2}', 'x(a?)', '[ab]{1}']:
    try:
        re.template(p)
    except re.error as e:
        print(repr(p), e, e.pos, e.msg)
    try:
        re.compile('(?t)' + p)
    except re.error as e:
        print(repr(p), e, e.pos)
