# {m,n} forms and braces taken literally
import re

cases = [
    ('a{2}', 'aaa'), ('a{2,}', 'aaaaa'), ('a{,2}', 'aaa'), ('a{1,3}', 'aaaaa'),
    ('a{0,0}', 'a'), ('x{3}', 'xx'), ('(ab){2}', 'abababab'), ('a{2,2}', 'aaa'),
    ('a{', 'a{'), ('a{}', 'a{}'), ('a{,}', 'a{,}'), ('a{x}', 'a{x}'), ('a{1', 'a{1'),
    ('a{1,2', 'a{1,2'), ('{', '{'), ('}', '}'), ('a}', 'a}'), ('x{2}y{1,2}', 'xxyy'),
    ('\\d{3}-\\d{4}', 'call 555-1234 now'), ('[a-z]{2,3}', 'abcdefg'),
    ('a{ 1}', 'a{ 1}'), ('a{1, 2}', 'a{1, 2}'), ('a{01}', 'a'), ('(?:){3}', 'x'),
]
for pat, s in cases:
    m = re.search(pat, s)
    print(repr(pat), repr(s), repr(m.group()) if m else None)
print(re.findall('\\d{2,3}', '1 12 123 1234 12345'))
print(re.findall('\\d{2,3}?', '12345'))
