# non-ASCII subjects: positions are character indices
import re

s = 'na\u00efve caf\u00e9 \u2014 \u65e5\u672c \U0001F600 end'
for m in re.finditer(r'\w+', s):
    print(m.span(), m.group(), m.start(), m.end())
print(re.search('end', s).span(), re.search('\U0001F600', s).span())
m = re.search(r'(\w+) (\w+)', s)
print(m.regs, m.span(2))
print(re.sub(r'\w+', lambda m: str(m.span()), s))
print(re.split(r'\s', s))
p = re.compile(r'\S+')
pos = 0
out = []
while True:
    m = p.search(s, pos)
    if not m:
        break
    out.append((m.start(), m.group()))
    pos = m.end()
print(out)
print(re.compile('.').findall('\u00e9\u00e8x', 1))
print(re.match('.{2}', '\U0001F600\U0001F601x').group())
print(re.search('(?<=\u00e9).', '\u00e9\U0001F600').span())
print(re.fullmatch('[\U0001F600-\U0001F64F]+', '\U0001F600\U0001F601'))
print(re.search(r'\d', '\u0661\u0662').group(), re.search(r'\d', '\u0661', re.A))
