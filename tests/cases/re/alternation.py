# alternation order and nesting
import re

cases = [
    ('a|ab', 'ab'), ('ab|a', 'ab'), ('cat|dog|bird', 'hotdog'), ('(a|b|c)+', 'xxabcbay'),
    ('x(a|b)y', 'xby'), ('(foo|foobar)baz', 'foobarbaz'), ('|a', 'a'), ('a|', 'b'),
    ('(a|)+b', 'aab'), ('(?:x|y|z)z', 'yz'), ('one|two|three', 'twothree'),
    ('(a|b)(c|d)', 'bd'), ('(red|green|blue) (car|bike)', 'a blue bike'),
    ('(\\d+|[a-z]+)-(\\d+|[a-z]+)', '12-ab'), ('a(b|c|)d', 'ad'), ('(?:a|b|)+', 'abab'),
]
for pat, s in cases:
    m = re.search(pat, s)
    print(repr(pat), repr(s), (m.group(), m.groups()) if m else None)
print(re.findall('a|b|c', 'abcabc'))
print(re.findall('(a)|(b)', 'ab'))
print(re.match('(?:(a)|(b)|(c))+', 'abc').groups(), re.match('(?:(a)|(b)|(c))+', 'abc').lastindex)
