from string import Formatter, Template
f = Formatter()
tests = [("{} {}", (1, 2), {}), ("{0}{1}{0}", ('a', 'b'), {}), ("{x.real}", (), {'x': 3}), ("{0[1]}", ([5, 6],), {}),
 ("{}{0}", (1,), {}), ("{0}{}", (1,), {}), ("{0!z}", (1,), {}), ("{:{}}", ('a', 5), {}), ("{0:{1}}", ('a', 5), {}),
 ("{:{:{}}}", ('a', 5, 6), {}), ("{0:{1:{2}}}", (1,2,3), {}), ("{5}", (), {}), ("{x}", (), {}), ("{0.nope}", (1,), {}),
 ("{!r:>8}", ('s',), {}), ("{0!a}", ('é',), {}), ("{[k]}", ({'k': 'v'},), {}), ("{0[k]}", ({'k': 'v'},), {}), ("{a[0]}", (), {'a': 'xyz'}),
 ("{}", (), {}), ("{:{}}", ('a',), {}), ("{0.}", (1,), {}), ("{0[}", (1,), {}), ("{ }", (), {' ': 'space'}), ("{-1}", (), {'-1': 'neg'}),
 ("{0:}}", (1,), {}), ("{:{}{}}", (3.14159, '.', '3f'), {}), ("{0:{0}}", (5,), {}), ("{00}", ('z',), {})]
for fs, a, k in tests:
    try:
        print(repr(fs), repr(f.vformat(fs, a, k)))
    except Exception as e:
        print(repr(fs), type(e).__name__, e)
print(f.format("{0}-{name}", 1, name='n'))
try: f.format()
except TypeError as e: print("TypeError", e)
try: f.format(format_string="x")
except TypeError as e: print("TypeError", e)
print(f.get_field("0.real", (4,), {}), f.get_field("a[1]", (), {'a': 'pq'}))
print(f.get_value(0, ('x',), {}), f.get_value('k', (), {'k': 1}))
print(f.convert_field(1, 'r'), f.convert_field('a', 's'), f.convert_field('é', 'a'), f.convert_field(3, None))
try: f.convert_field(1, 'q')
except ValueError as e: print(e)
print(f.format_field(3.5, '>6'), f.check_unused_args(set(), (), {}))
print(list(f.parse("a{0!r:x}b")))
import string
for fs in ["{99999999999999999999}", "{0[99999999999999999999]}"]:
    for fn in (string.Formatter().format,):
        try: print(fn(fs, [1])); print(fn([1]))
        except Exception as e: print(type(e).__name__, e)
f = string.Formatter()
it = f.parse("ab}c")

print(list(f.parse("x{0.a[1]!s:^{w}}y")))
class Up(string.Formatter):
    def format_field(self, v, spec): return super().format_field(v, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs: return '<' + key + '>'
        return super().get_value(key, args, kwargs)
    def check_unused_args(self, used, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        print("unused:", sorted(map(str, unused - used)))
print(Up().format("{0} {name} {missing:>10} {0!r}", 'ab', 'cd', name='xy', extra=1))
