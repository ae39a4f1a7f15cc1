# re.escape and re.purge
import re

for s in ['a.b', 'hello world', '1+1=2', '(x|y)*', '\\', '\u00e9\u00e8', '_-#~&', '\t\n', '']:
    e = re.escape(s)
    print(repr(s), repr(e), bool(re.fullmatch(e, s)))
print(re.escape(b'a.b*c'), re.fullmatch(re.escape(b'[x]'), b'[x]'))
print(re.escape('http://example.com/path?q=1&r=2'))
p1 = re.compile('cached')
re.purge()
p2 = re.compile('cached')
print(p1 == p2)
print(re.sub(re.escape('$x'), 'y', 'a $x b'))
