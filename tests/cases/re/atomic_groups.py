# atomic groups (?>...)
import re

cases = [
    ('(?>a+)b', 'aaab'), ('(?>a+)a', 'aaaa'), ('(?>a|ab)c', 'abc'), ('(?>ab|a)c', 'abc'),
    ('(?>x*)x', 'xxx'), ('a(?>bc|b)c', 'abcc'), ('a(?>bc|b)c', 'abc'),
    ('(?>(\\w+))\\s', 'hello world'), ('(?>a*?)b', 'aab'), ('(?>(a)|b)*c', 'abac'),
    ('((?>a+))b', 'aab'), ('(?>a(?=b)|a)c', 'ac'), ('(?>.*)', 'abc'), ('(?>)', 'x'),
]
for pat, s in cases:
    m = re.search(pat, s)
    print(repr(pat), repr(s), (m.group(), m.groups()) if m else None)
print(re.findall(r'(?>\d+)(?!\.)', '12.5 33 7.'))
print(re.match(r'(?>(a+))(a)', 'aaa'))
