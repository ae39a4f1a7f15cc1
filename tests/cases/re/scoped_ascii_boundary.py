# \b and \B follow the flags of the group they are in: (?a:...) makes them ASCII-only
# inside that group, (?u:...) Unicode, while the rest of the pattern keeps its own.
import re

subjects = ['éc', 'cé', 'é c', 'aé', 'xyz', '']
patterns = [r'(?a:\b)c', r'(?a:\B)c', r'(?a)\bc', r'\bc', r'\Bc', r'\bc(?a:x)?',
            r'c(?a:\b)', r'c(?a:\B)', r'(?a:\b\w+\b)', r'(?a:\w)\b', r'(?u:\b)x']
for p in patterns:
    for s in subjects:
        print(repr(p), repr(s), re.findall(p, s), [m.span() for m in re.finditer(p, s)])

# bytes patterns: (?u:...) is not allowed, (?a:...) is the default
print(re.findall(rb'(?a:\b)c', b'\xe9c'))
print(re.findall(rb'\Bc', b'\xe9c'))
# (?L:...) on bytes: locale words (the C locale: ASCII)
print(re.findall(rb'(?L:\b)c', b'\xe9c'))
