# CPython 3.7+ rules for empty matches in sub/split/findall/finditer
import re

print(re.sub('x*', '-', 'abxd'))
print(re.sub('x*', '-', 'abxxd'))
print(re.sub('x*', '-', ''))
print(re.sub('a|', '-', 'bab'))
print(re.sub(r'\b', '|', 'ab cd'))
print(re.split('x*', 'axbc'))
print(re.split('(x*)', 'axbc'))
print(re.findall('x*', 'axbc'))
print(re.findall('|a', 'ab'))
print(re.findall('a|', 'ab'))
print([m.span() for m in re.finditer('', 'ab')])
print([m.span() for m in re.finditer('a*?', 'aab')])
print(re.sub('(?:)', '/', 'ab'))
print(re.sub('$|b', '#', 'ab'))
print(re.sub('b*', 'X', 'abba'))
print(re.subn('\\w*', '-', 'a b'))
