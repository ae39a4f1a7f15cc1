# pos and endpos arguments
import re

p = re.compile(r'\w+')
s = 'hello world'
print(p.search(s, 6), p.search(s, 6, 8), p.match(s, 6), p.fullmatch(s, 6))
print(p.search(s, -5), p.search(s, 100), p.search(s, 3, 1))
print(p.match(s, 2, 4), p.fullmatch(s, 0, 5))
print(re.compile('^w').search(s, 6), re.compile('w').match(s, 6))
print(re.compile('o$').search(s, 0, 5), re.compile(r'o\Z').search(s, 0, 5))
print(re.compile(r'\bw').search(s, 6), re.compile(r'\Bo').search(s, 7))
print(re.compile(r'(?<=o )w').search(s, 6))
m = p.search(s, 2, 9)
print(m.pos, m.endpos, m.span(), m.group())
print(p.search(s, pos=1, endpos=4))
print(p.search(string=s, pos=3))
u = '\u00e9t\u00e9 \u00e0 Paris'
m = re.compile(r'\w+').search(u, 4)
print(m.span(), m.group(), m.pos)
print(re.compile(r'\w+').findall(u, 1, 7))
print(re.compile('').search('abc', 2, 1), re.compile('').search('abc', 3))
