# non-capturing groups
import re

m = re.match(r'(?:ab)+(c)', 'ababc')
print(m.groups(), m.group(1), m.lastindex)
print(re.findall(r'(?:\d+\.)+\d+', 'ip 10.0.0.1 and 1.2'))
print(re.split(r'(?:,|;)\s*', 'a, b;c ,d'))
print(re.match(r'(?:a|b)(?:c|d)', 'bd').group())
print(re.compile(r'(?:a)(b)(?:c)').groups)
print(re.match(r'(?:(?:(?:a)))', 'a'))
print(re.findall(r'(?:x)*', 'xx'))
