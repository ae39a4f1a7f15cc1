# compile errors: CPython's messages and positions
import re

bad = [
    '(a', 'a)', 'abc)', '(?:a', '*a', '+', '?', 'a**', 'a*?+', 'a{1}{2}', '(?<x>a)',
    '(?<', '(?P', '(?Px)', '(?P<>a)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=)', '(?P=x)',
    '(?P<a>(?P=a))', '\\q', '\\', 'a\\', '[a', '[', '[]', '[^', '[z-a]', '[a-\\d]',
    '[\\d-z]', '\\1', '(a)\\2', '(a\\1)', '\\8', '[\\8]', '\\x1', '\\u12', '\\U1234',
    '\\U00110000', '\\N', '\\N{', '\\N{}', '\\N{NOT A NAME}', '\\777', '[\\777]',
    '(?', '(?z)', '(?i', '(?i-', '(?-i', '(?i-i:a)', '(?a-u:x)', '(?-a:x)', '(?au)x',
    '(?iZ:a)', '(?i-Z:a)', 'a(?i)b', '(?#comment', '(?(1)a|b)', '(?(0)a)', '(?(x)a)',
    '(?(a)b|c|d)', '(?(1a)x)', '(a)(?(2)x)', '^*', '$*', '\\b*', 'a{2,1}', 'x{3,2}?',
    '(?<=a+)', '(?<!a|bc)', '(?L)a', '(?u)a', '[\\A]', '[\\Z]', '[\\b-a]', ')',
    'a|*', '(|', '(?>', '(?>a', '\\g<1>', '(?P<a\u00e9>x)(?P=a\u00e9)',
]
for pat in bad:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), '->', str(e), '|', repr(e.msg), e.pos)
    except Exception as e:
        print(repr(pat), '->', type(e).__name__, e)
    else:
        print(repr(pat), 'compiled')
for pat in [b'(?u)a', b'\\u1234', b'(?P<\xe9>a)', b'[z-a]', b'\\N{DASH}']:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), '->', str(e), e.pos)
    else:
        print(repr(pat), 'compiled')
for pat, flags in [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L)]:
    try:
        re.compile(pat, flags)
    except ValueError as e:
        print('ValueError:', e)
try:
    re.compile('a{4294967295}')
except OverflowError as e:
    print('OverflowError:', e)
try:
    re.compile('a{99999999999999999999}')
except OverflowError as e:
    print('OverflowError:', e)
