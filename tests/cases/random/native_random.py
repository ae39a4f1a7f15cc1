# _random.Random, the C-level generator itself.
import _random

g = _random.Random(5)
print(type(g).__name__, type(g).__module__)
print(g.random(), g.getrandbits(32), g.getrandbits(70))
g.seed(5)
print(g.random())
st = g.getstate()
print(len(st), st[-1])
g.setstate(st)
print(g.getstate() == st)
print(_random.Random("abc").random() == _random.Random(hash("abc")).random())
print(_random.Random(2.5).random() == _random.Random(hash(2.5)).random())
print(_random.Random((1, 2)).random() == _random.Random(hash((1, 2))).random())
print(_random.Random(-9).random() == _random.Random(9).random())
calls = [
    lambda: _random.Random(1, 2),
    lambda: _random.Random(x=1),
    lambda: _random.Random([]),
    lambda: g.seed(1, 2),
    lambda: g.seed({}),
    lambda: g.getrandbits(-1),
    lambda: g.setstate([]),
    lambda: g.setstate((1, 2)),
]
for f in calls:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
