# conversions with int, float, str, bool, list, tuple, dict, set
print(int("12") + int(3.99), float("2.5") * 2, str(3) + str(4.0))
print(bool(0), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(list("abc"), list((1, 2)), list(range(3)), list({"a": 1}))
print(tuple([1, 2]), tuple("hi"), tuple({5: 0}))
print(dict([("a", 1), ("b", 2)]), dict(zip("xy", [9, 8])), dict(a=1))
print(sorted(set("banana")), set([1, 1, 2]))
print(str(None), str([None]), str(True), str(0.1))
print(float(1), float(-0), float("inf"), float(" 7 "))
print(int(-7.9), int("-0"), int(" 42\n"))
print(list(map(int, "1 2 3".split())), list(map(float, ["1", "2.5"])))
print(dict(dict(a=1)), list(list("xy")), tuple(tuple()))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
