# VERBOSE: whitespace and comments
import re

p = re.compile(r"""
    (?P<int> \d+ )      # the integer part
    (?: \. (?P<frac> \d+ ) )?   # optional fraction
    \s* \#? (?P<unit> [a-z]* )  # escaped hash, unit
""", re.VERBOSE)
for s in ['12.5 #kg', '7m', '3 .5']:
    m = p.match(s)
    print(repr(s), m.groupdict() if m else None)
print(re.match(r'a\ b', 'a b', re.X))
print(re.match(r'[ ]x', ' x', re.X), re.match(r'[#]x', '#x', re.X))
print(re.match('a b # comment\nc', 'abc', re.X))
print(re.match('a\tb\nc', 'abc', re.X))
print(re.match(r'a{1, 2}', 'a{1, 2}', re.X))
print(re.match(r'a{1,2}', 'aa', re.X))
print(re.match('(?x)a  #x\n b', 'ab'))
print(re.match('a(?#comment)b', 'ab'))
print(re.match('x # y', 'x # y'))
