# match / search / fullmatch basics
import re

print(re.match('abc', 'abcdef'))
print(re.match('abc', 'xabc'))
print(re.search('abc', 'xxabcxx'))
print(re.search('abc', 'xxabxx'))
print(re.fullmatch('abc', 'abc'))
print(re.fullmatch('abc', 'abcd'))
print(re.fullmatch('a|ab', 'ab'))
print(re.fullmatch('a*?', 'aaa'))
print(re.match('', ''))
print(re.search('', 'abc'))
print(re.search('$', 'abc'))
m = re.search('b+', 'abbbc')
print(m.group(), m.start(), m.end(), m.span())
print(bool(m), bool(re.match('x', 'y')))
for pat, s in [('a.c', 'abc'), ('a.c', 'a\nc'), ('colou?r', 'color colour'),
               ('[0-9]+', 'abc 123 def'), ('x', ''), ('', '')]:
    m = re.search(pat, s)
    print(repr(pat), repr(s), m.span() if m else None)
# the literal prefix scan
text = 'the quick brown fox jumps over the lazy dog' * 20
print(re.search('lazy dog', text).span())
print(re.search('lazy cat', text))
print(re.search('o[vx]er', text).span())
print(re.search('z+y', text).span())
