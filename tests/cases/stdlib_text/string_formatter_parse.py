# Formatter.parse and Formatter.get_field must split format strings like
# CPython's _string.formatter_parser / formatter_field_name_split.
from string import Formatter

f = Formatter()
cases = ["", "abc", "{}", "a{0}b", "{{", "}}", "a{{b}}c", "{", "}", "a}b", "a{b", "{0!r}", "{0!r:>5}",
         "{0:{1}}", "{0:{1}{2}}", "{0:{}", "{0:}}", "{0!}", "{0!r", "{0!rx}", "{0!:x}", "{!r}", "{:x}",
         "{a.b[c]}", "{a[:]}", "{a[!]}", "{a[}]}", "{a[{]}", "{0[}", "{0:{{}}}", "{0:a{b}c}", "x{0:}y",
         "{ }", "{0!r:}", "{0!rr}", "{:{:{}}}", "{a]}", "{a:[}", "}}{{", "{{}}", "a{0}}", "{{0}",
         "{0!s:x}{1}", "{0}{", "{0:{1:{2}}}", "{0:}}}", "{!}", "{0:x!r}", "{0[a:b]}", "{0[a!b]}", "{[}",
         "{0:[}]}", "{0:{a[}]}}", "{0{}", "{0}}", "{0}}}", "{0:{0!r}}", "{0!r}}", "{0!", "{0!r:", "{0:",
         "{0:abc", "{0:ab{c}", "{0", "{a[[]]}", "{a[]]}", "{a[x]y}", "{a[x]:y}", "{:", "{!", "{0!}}",
         "{0!{}", "{0!!}", "{0!r:}}", "ab{0}cd{{", "x{:{}}y{{z", "{0}\n}", "{ab!a:>{width}.{prec}f}"]
for c in cases:
    try:
        print(repr(c), list(f.parse(c)))
    except ValueError as e:
        print(repr(c), "ValueError:", e)

# The error comes before the literal text of the same chunk is produced.
it = iter(f.parse("ab{0}c}"))
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError:", e)


class Recorder:
    def __init__(self, path):
        self.path = path

    def __getattr__(self, name):
        return Recorder(self.path + [('attr', name)])

    def __getitem__(self, key):
        return Recorder(self.path + [('item', key)])


class Tracing(Formatter):
    def get_value(self, key, args, kwargs):
        return Recorder([('first', key)])


t = Tracing()
fields = ["0", "a", "a.b", "a[0]", "a[x].y[1]", "0.real", ".a", "a.", "a..b", "a[", "a[0", "a[]",
          "a[0]x", "a[0].", "a.b[", "00", "-1", "a[-1]", "a[01]", "[0]", "a[0][1]", "a.[b]", "1.5",
          "a b", "a[ 1]", "a[0]]"]
for name in fields:
    try:
        obj, first = t.get_field(name, (), {})
        print(repr(name), repr(first), obj.path)
    except ValueError as e:
        print(repr(name), "ValueError:", e)
