# \d \w \s and their negations on str (Unicode by default, ASCII with re.ASCII)
import re

s = 'abc \u00e9\u00df 123 \u0661\u0662\u0663 \u4e2d\u6587 _x\u00a0y\u2003z\tq\n'
for pat in [r'\d+', r'\w+', r'\s+', r'\D+', r'\W+', r'\S+']:
    print(pat, re.findall(pat, s))
    print(pat, 'ASCII', re.findall(pat, s, re.ASCII))
print(re.findall(r'(?a)\w+', 'na\u00efve caf\u00e9'))
print(re.findall(r'\w+', 'na\u00efve caf\u00e9'))
print(re.findall(r'[\d\s]+', '1 2\u0663 4'))
print(re.findall(r'[^\d\s]+', '1a 2\u0663b 4c'))
print(re.match(r'\w', '\u00b2'), re.match(r'\d', '\u00b2'), re.match(r'\w', '\u2160'))
print(re.match(r'\s', '\x1c'), re.match(r'\s', '\x1c', re.A), re.match(r'\s', '\x85'))
print(re.findall(r'\b\w+\b', 'h\u00e9llo w\u00f6rld'))
print(re.findall(r'\b\w+\b', 'h\u00e9llo w\u00f6rld', re.ASCII))
