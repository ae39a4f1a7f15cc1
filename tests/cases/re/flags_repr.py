# RegexFlag: values, repr/str, operators
import re

print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(repr(re.I | re.M), str(re.I | re.M), re.I | re.S | re.X)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L))
print(re.I == 2, re.I | 0 == re.I, type(re.I | re.M).__name__, type(re.I).__name__)
print(repr(re.A | re.I), repr(re.I | 1024), repr(~re.I))
print(re.I & re.M, re.I & 2, re.I ^ re.M, 3 | re.I, re.I | 3)
print(re.I.name, re.I.value, (re.I | re.M).name, re.NOFLAG.name)
print(isinstance(re.I, int), re.I + 1, -re.I, bool(re.NOFLAG), bool(re.I))
print('%d %s %r' % (re.I, re.I, re.I), f'{re.M}', format(re.M, '03d'))
print(re.RegexFlag.IGNORECASE, re.RegexFlag(2) is re.I, re.RegexFlag['DOTALL'])
print(re.RegexFlag, re.compile('a', re.I | re.M).flags)
print(re.search('a', 'A', flags=re.IGNORECASE | re.MULTILINE))
print(sorted([re.M, re.I, re.S]))
print({re.I: 'i'}[2])
