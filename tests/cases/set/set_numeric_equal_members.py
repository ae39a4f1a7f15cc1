# sets keep the first-inserted object among equal numeric values
a = {1, 1.0, True}
print(a, type(next(iter(a))).__name__)
b = {True, 1, 1.0}
print(b, type(next(iter(b))).__name__)
c = {1.0, True, 1}
print(c)
print({0, False, 0.0}, {False, 0}, {0.0, 0})
s = {2}
s.add(2.0)
print(s)
s |= {2.0, 3.0}
print(s)
s2 = {2.0} | {2}
print(s2, {2} | {2.0}, {2} & {2.0}, {2.0} & {2})
print(set([1, True, 1.0, 2, 2.0]), frozenset([True, 1]))
d = {True: "a"}
d[1] = "b"
d[1.0] = "c"
print(d)
print({1: "x", True: "y"}, dict.fromkeys([1, True, 1.0]))
print(list({1.0: 0, 1: 1}.keys()), {1.0: 0} == {1: 0})
t = {1, 2, 3}
t.discard(2.0)
t.remove(True)
print(t, 3.0 in t, True in {1.0})
print(len({10 ** 20, 1e20, 10.0 ** 20}), {0.5, 1 / 2})
print(sorted({1.5, 1, True, 2.0, 2}), sorted({-0.0, 0, 0.0}))
