# possessive quantifiers *+ ++ ?+ {m,n}+
import re

cases = [
    ('a*+', 'aaa'), ('a*+a', 'aaaa'), ('a++b', 'aaab'), ('a?+a', 'a'), ('a?+a', 'aa'),
    ('a{1,3}+a', 'aaaa'), ('a{1,3}+a', 'aaa'), ('(?:ab)*+ab', 'ababab'),
    ('(?:ab)*+c', 'ababc'), ('"[^"]*+"', 'say "hi" ok'), ('\\d++\\.', '123.'),
    ('\\w++\\d', 'abc1'), ('(a|ab)++c', 'ababc'), ('[ab]*+b', 'aab'), ('.*+', 'xyz'),
]
for pat, s in cases:
    m = re.search(pat, s)
    print(repr(pat), repr(s), (m.group(), m.groups()) if m else None)
print(re.findall(r'\d++', '12 345 6'))
print(re.fullmatch(r'(?:a|b)++', 'abab'))
