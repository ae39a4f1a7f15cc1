# Match objects: methods, attributes, repr
import re

m = re.search(r'(?P<k>\w+)=(?P<v>\w*)(;)?', 'x key=val end')
print(repr(m))
print(m.group(), m.group(0), m.group(1), m.group('v'), m.group(1, 'v', 0))
print(m[0], m[1], m['k'], m.groups(), m.groups('dflt'), m.groupdict())
print(m.start(), m.end(), m.span(), m.start(1), m.end('v'), m.span(3))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re.pattern, m.string)
print(m.regs)
print(m.expand(r'\g<v>:\g<k>'))
print(type(m).__name__, type(m) is re.Match)
print(repr(re.match('a' * 100, 'a' * 100)))
print(repr(re.match(b'ab', b'abc')))
print(repr(re.match('x', 'x\n')), repr(re.match("'", "'")))
print(repr(re.search('\u00e9+', 'caf\u00e9\u00e9')))
print(re.match('(a)(b)?', 'a').regs)
m = re.match('(a)', 'a')
for bad in [2, -1, 'nope', 1.5, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print(repr(bad), 'IndexError:', e)
for f in [m.start, m.end, m.span]:
    try:
        f(5)
    except IndexError as e:
        print('IndexError:', e)
print(m.group(True), m[False])
print(m.groups(default=0), m.groupdict(default=0))
print(bool(m), m == m)
print(re.Match[str], re.Pattern[bytes])
