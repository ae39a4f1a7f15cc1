# lazy quantifiers *? +? ?? {m,n}?
import re

cases = [
    ('a*?', 'aaa'), ('a+?', 'aaa'), ('a??', 'aa'), ('a{2,4}?', 'aaaaa'),
    ('<.*?>', '<a><b>'), ('<.+?>', '<><a>'), ('(a+?)(a*)', 'aaaa'), ('a*?b', 'aaab'),
    ('(ab)*?c', 'ababc'), ('(ab)+?', 'ababab'), ('(?:a|b)+?b', 'aabab'),
    ('x.*?y.*?z', 'x1y2z3y4z'), ('(\\d+?)(\\d+)', '12345'), ('(.*?),(.*)', 'a,b,c'),
    ('a{3,}?', 'aaaaa'), ('a{,3}?b', 'aaab'), ('(a|ab)+?c', 'ababc'),
]
for pat, s in cases:
    m = re.search(pat, s)
    print(repr(pat), repr(s), (m.group(), m.groups()) if m else None)
print(re.findall('<.*?>', '<html><body><p>text</p></body></html>'))
print(re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', '**bold** and **more**'))
print(re.match(r'(a)*?x', 'aax').groups())
print(re.match(r'(?:(a)|b)*?c', 'abc').groups())
