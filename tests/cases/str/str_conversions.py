# str() and repr() of many built-in values
vals = [0, -12, 3.0, 2.5e-8, True, None, "text", "it's", 'a"b', [1, "a"], (1,), (), {"a": 1}, [None, [True]]]
for v in vals:
    print(str(v), "|", repr(v))
print(str(), repr(""), repr("\t"))
print(str(10 ** 25), repr(-0.0))
print(str([1.0, 2.5]), str({1: [2, (3,)]}))
print(repr(repr("x")))
print(len(repr("abc")), len(str(12345)))
print(str(-1.5), str(1e100), repr(1e-100))
print(str([["a"], {"b": ("c",)}]))
print(repr({"k": "it's"}), repr(["\n"]))
nested = (1, [2, {"three": 3.0}], None)
print(str(nested) == repr(nested), nested)
print(str(True) + str(None) + str(0))
print(repr(str(42)), repr(repr(42)))
