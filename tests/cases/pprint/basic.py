import pprint

data = {"name": "taipan", "versions": [3, 12, 1], "nested": {"b": [1, 2, 3] * 10, "a": (4, 5)},
        "empty": {}, "tuple1": (1,), "none": None, "flag": True, "pi": 3.14159, "c": 1 + 2j}
pprint.pprint(data)
pprint.pprint(data, width=30)
pprint.pprint(data, indent=4, width=40)
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=50))
pprint.pp(data, width=60)
print(pprint.pformat(list(range(50))))
print(pprint.pformat(list(range(50)), compact=True))
print(pprint.pformat(list(range(50)), compact=True, width=30, indent=2))
print(pprint.pformat([[1, 2, [3, 4, [5, 6]]]] * 3, width=20))
print(pprint.pformat((), width=1), pprint.pformat([], width=1), pprint.pformat({}, width=1))
print(pprint.pformat(tuple(range(30)), width=20))
print(pprint.pformat((("x" * 30,),), width=20))
print(pprint.pformat({"k" * 10: "v" * 10, "other": [1, 2]}, width=15, sort_dicts=False))
print(sorted(pprint.__all__))
