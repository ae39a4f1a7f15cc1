# equal numbers of different types share dict and set slots
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {0: "a", False: "b", 0.0: "c", -0.0: "d"}
print(d2)
print({1, 1.0, True}, {True, 1, 1.0}, {1.0, True, 1})
print({0, False, 0.0, -0.0}, len({2, 2.0, 3, 3.0}))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0))
print(hash(2 ** 70) == hash(float(2 ** 70)), hash(-1), hash(-2))
print(hash(0.5), hash(1.5), hash(-2.5))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(1.0 in {1: "x"}, True in {1}, 2 in {2.0}, 2.5 in {2})
c = {}
for v in [1, 1.0, True, 2, 2.0, 3.5, 0, False]:
    c[v] = c.get(v, 0) + 1
print(c)
s = set()
s.add(10 ** 20)
s.add(float(10 ** 20))
s.add(1e20)
print(s, len(s))
print({10 ** 20: 1}[1e20], {1e20: 2}.get(10 ** 20))
print([1, 2.0, True].index(True), [1, 2.0].count(2), (1.0, 2).index(1))
print((1, 2) == (1.0, 2.0), [1] == [True], {1: 2} == {1.0: 2.0})
print(frozenset({1, 2}) == frozenset({1.0, 2.0}), {1.5} == {3 / 2})
keys = {}
keys[(1, 2)] = "t"
keys[(1.0, 2.0)] = "tf"
print(keys)
