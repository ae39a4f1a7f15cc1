import pprint

print(pprint.pformat(set(range(30)), width=20))
print(pprint.pformat(frozenset(range(30)), width=30))
print(pprint.pformat(set(), width=1), pprint.pformat(frozenset(), width=1))
print(pprint.pformat({3, 1, 2}))
print(pprint.pformat({"b": 1, "a": 2, 3: "int key", (1, 2): "tuple", None: 0}))
print(pprint.pformat({"b": 1, "a": 2, 3: "int key"}, sort_dicts=False))
print(pprint.pformat([{"zeta": 1, "alpha": 2}] * 2, width=20))


class S(set):
    pass


class F(frozenset):
    pass


print(pprint.pformat(S(range(20)), width=30))
print(pprint.pformat(F("abc"), width=5))
