# escapes in patterns
import re

cases = [
    (r'\n', 'a\nb'), (r'\t', 'a\tb'), (r'\x41', 'zAz'), (r'\u00e9', 'caf\u00e9'),
    (r'\U0001F600', 'smile \U0001F600!'), (r'\N{EM DASH}', 'a\u2014b'),
    (r'\N{LATIN SMALL LETTER E WITH ACUTE}', 'caf\u00e9'), (r'\0', 'a\x00b'),
    (r'\012', 'a\nb'), (r'\101', 'xAx'), (r'\a\f\v\r', '\a\f\v\r'),
    (r'\.', 'a.b'), (r'\*\+\?', 'x*+?y'), (r'\(\)\[\]\{\}', '()[]{}'),
    (r'\\', 'a\\b'), (r'\^\$\|', '^$|'), (r'\-', 'a-b'), (r'\ ', 'a b'),
    (r'\#', '#'), (r'\&\~', '&~'), (r'\@', '@'), ('\u00e9', '\u00e9t\u00e9'),
    (r'a\x2Ab', 'a*b'), (r'\x7f', '\x7f'),
]
for pat, s in cases:
    m = re.search(pat, s)
    print(repr(pat), m.span() if m else None)
print(re.findall(r'[\x41-\x43]+', 'xxABCDxx'))
print(re.findall(r'\u0041\u0042', 'ABAB'))
print(re.findall('\\\\n', 'a\\nb'))
print(re.search(r'\N{em dash}', '\u2014'))
