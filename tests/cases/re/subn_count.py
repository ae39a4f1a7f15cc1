# subn and the count argument
import re

print(re.subn('a', 'x', 'banana'))
print(re.subn('a', 'x', 'banana', 2))
print(re.subn('a', 'x', 'banana', count=1))
print(re.subn('z', 'x', 'banana'))
print(re.sub('a', 'x', 'banana', -1), re.subn('a', 'x', 'banana', -1))
print(re.subn('', '-', 'ab'))
print(re.subn('x*', '-', 'abxd'))
print(re.compile('n').subn('N', 'banana', 1))
print(re.subn(r'(\d)', r'<\1>', '1 2 3'))
s = 'unchanged'
print(re.sub('z', 'y', s) is s, re.sub('z', 'y', s) == s)
