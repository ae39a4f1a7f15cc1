# greedy quantifiers and backtracking
import re

cases = [
    ('a*', 'aaab'), ('a+', 'baaa'), ('a?', 'aa'), ('a*b', 'aaab'), ('a+b', 'b'),
    ('(ab)*', 'ababab'), ('(ab)+c', 'ababc'), ('a*a', 'aaaa'), ('a+a+', 'aaa'),
    ('.*foo', 'xfooyfoo'), ('.*(\\d+)', 'abc12345'), ('(a|ab)*c', 'abac'),
    ('(a*)*b', 'aab'), ('(a*)+b', 'aab'), ('(a|b)*', 'abba'), ('[ab]*c', 'ababxc'),
    ('x*y*z*', ''), ('(x?)*', 'xx'), ('\\d+\\.\\d*', 'v3.14a'), ('(\\w+)\\s+\\1', 'hello hello'),
    ('a{0}b', 'ab'), ('(?:a|b)*?c', 'ababc'),
]
for pat, s in cases:
    m = re.search(pat, s)
    print(repr(pat), repr(s), (m.group(), m.groups()) if m else None)
print(re.match('(a+)(a+)', 'aaaa').groups())
print(re.match('(a*)(a*)', 'aaaa').groups())
print(re.match('(a+)(b*)(a+)', 'aaabaa').groups())
print(re.match(r'(.*)/(.*)', 'usr/local/bin').groups())
