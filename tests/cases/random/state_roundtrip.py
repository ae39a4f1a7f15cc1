# getstate/setstate: (3, 624 words + index, gauss_next), and the version 2 form.
import random

r = random.Random(8675309)
state = r.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
print(state[1][:3], max(state[1][:-1]) < 2**32)
first = [r.random() for _ in range(5)]
r.setstate(state)
print(first == [r.random() for _ in range(5)])

# The state after some draws, and gauss_next, travel too.
r.gauss()
mid = r.getstate()
print(mid[1][-1], mid[2])
a = (r.gauss(), r.random(), r.randrange(10**9))
r.setstate(mid)
print(a == (r.gauss(), r.random(), r.randrange(10**9)))

# Another generator picks up from a state.
other = random.Random()
other.setstate(mid)
r.setstate(mid)
print(other.random() == r.random(), other.getstate() == r.getstate())

# Version 2 states hold signed words.
signed = tuple(w - 2**32 if w >= 2**31 else w for w in state[1][:-1]) + (state[1][-1],)
r.setstate((2, signed, None))
print(r.getstate() == state)

# The module-level functions share one state.
random.seed(5)
s = random.getstate()
x = random.random()
random.setstate(s)
print(x == random.random())

bad = [
    (1, state[1], None),
    (3, state[1][:-1], None),
    (3, list(state[1]), None),
    (3, state[1][:-1] + (625,), None),
    (3, state[1][:-1] + (-1,), None),
    (3, (-1,) + state[1][1:], None),
    (3, (2**64,) + state[1][1:], None),
    (3, (1.5,) + state[1][1:], None),
    (3, state[1]),
]
for st in bad:
    try:
        r.setstate(st)
        print("accepted")
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
