# finditer and the scanner
import re

for m in re.finditer(r'(\w+)@(\w+)\.com', 'a@b.com, c@d.com'):
    print(m.span(), m.groups(), m.group(0))
it = re.finditer(r'\d', 'a1b2c3')
print(type(it).__name__, iter(it) is it)
print(next(it).group(), next(it).group(), next(it).group())
try:
    next(it)
except StopIteration:
    print('done')
print([m.span() for m in re.finditer(r'x*', 'axxb')])
print([m.group() for m in re.compile(r'\w').finditer('abcdef', 2, 4)])
print([(m.pos, m.endpos) for m in re.compile(r'\w').finditer('abcdef', 1, 3)])
print([m.span() for m in re.finditer('\u00e9', 'caf\u00e9 \u00e9t\u00e9')])
p = re.compile(r'\d+')
s = p.scanner('10 20 x 30')
print(s.search().group(), s.search().group(), s.search().group(), s.search())
s = p.scanner('10 20')
print(s.match().group(), s.match())
print(s.pattern is p)
