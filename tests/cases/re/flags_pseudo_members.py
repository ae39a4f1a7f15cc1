# RegexFlag values with bits outside the known flags: repr, str and name keep the
# extra bits as hex; re.__all__ lists template; Pattern and Match can't be created.
import re

for v in [1024, 1024 | 2, 0, 2 | 8 | 32, 1, 2 | 4096 | 1024]:
    f = re.RegexFlag(v)
    print(repr(f), str(f), f.name, int(f))
print(repr(~re.I), repr(~(re.I | re.M)), (~re.I).name, repr(re.I ^ 1024), repr(-1 & re.I))
print((re.I | re.M | 1024).name, (re.I | 1024).value)
print('template' in re.__all__, len(re.__all__))
for cls in (re.Pattern, re.Match, type(re.compile('a').scanner('a'))):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
