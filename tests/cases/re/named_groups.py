# (?P<name>...), groupdict, groupindex, lastgroup
import re

p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?')
m = p.match('2024-03')
print(m.group('year'), m['month'], m.group('day'), m.groupdict(), m.groupdict('??'))
print(m.span('year'), m.start('month'), m.end('day'), m.lastgroup, m.lastindex)
print(p.groupindex, p.groups, sorted(p.groupindex.items()))
m = p.match('2024-03-15')
print(m.groupdict(), m.lastgroup)
print(re.match(r'(?P<a>x)(?P<b>y)?', 'x').lastgroup)
print(re.match(r'(?P<a>x)(y)', 'xy').lastgroup)
print(re.match(r'(?P<first_name>\w+) (?P<last_name>\w+)', 'Jane Doe').groupdict())
print(re.match('(?P<\u00e9t\u00e9>\\w+)', 'summer').groupdict())
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'))
print(re.match(r'(?P<x>a)|(?P<y>b)', 'b').groupdict())
print(re.compile('(a)(?P<n>b)').groupindex)
