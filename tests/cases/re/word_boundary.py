# \b and \B
import re

print(re.findall(r'\bcat\b', 'cat concat cat. cats (cat)'))
print(re.findall(r'\Bcat\B', 'concatenate cat'))
print(re.findall(r'\b', 'ab cd'))
print([m.span() for m in re.finditer(r'\b', 'ab cd')])
print([m.span() for m in re.finditer(r'\B', 'ab cd')])
print(re.search(r'\b', ''), re.search(r'\B', ''))
print(re.search(r'\b', 'a'), re.search(r'\B', 'a'))
print(re.search(r'\B', ' '))
print(re.findall(r'\b\w', 'hello world-wide web_site'))
print(re.findall(r'\w\b', 'caf\u00e9 na\u00efve'))
print(re.findall(r'\w\b', 'caf\u00e9 na\u00efve', re.A))
print(re.sub(r'\b(\w)', lambda m: m.group(1).upper(), 'the quick brown fox'))
print(re.findall(rb'\b\w+\b', b'bytes and \xe9t\xe9'))
