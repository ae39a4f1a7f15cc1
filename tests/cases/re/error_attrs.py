# re.error attributes: msg, pattern, pos, lineno, colno
import re

for pat in ['(a', 'ab\ncd(', 'line1\nline2\n[x', b'ab\n(', '(?<=a*)', 'x\n\\q']:
    try:
        re.compile(pat)
    except re.error as e:
        print(str(e))
        print(' ', repr(e.msg), repr(e.pattern), e.pos, e.lineno, e.colno, e.args)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
print(re.error('plain').msg, re.error('plain').pos, str(re.error('m', 'abc', 1)))
print(repr(re.error('x', 'pat', 2)))
try:
    re.compile('a)', re.VERBOSE)
except re.error as err:
    print(type(err).__name__, err)
