# substring membership, find/index/count edge cases with empty strings
s = "mississippi"
print("" in s, "" in "", "ss" in s, "sss" in s, "ippi" in s, "I" in s)
print(s.find(""), s.find("", 5), s.find("", 11), s.find("", 12), s.rfind(""), "".find(""))
print(s.count(""), "".count(""), s.count("ss"), s.count("s", 3), s.count("i", -4, -1))
print(s.find("ss", 3), s.rfind("ss"), s.index("p"), s.rindex("s"), s.find("ss", -5))
print(s.find("i", 20), s.find("i", -100, 2), s.count("issi"), s.replace("issi", "X"))
print(s.startswith(("x", "mis")), s.endswith("pi", 0, 11), s.startswith("", 11), s.startswith("", 12))
print(s.startswith("ss", 2), s.endswith("ssi", 0, 7), s.endswith(()))
print(s.split("ss"), s.split("s"), s.rsplit("i", 2), s.split("i", 1), s.partition("ss"), s.rpartition("ss"))
print("a,b,,c,".split(","), ",".split(","), "".split(","), "".split(), "  a  b ".split())
print("a b  c".split(" "), "a\tb\nc d".split(), "xaxbx".strip("x"), "abcba".strip("ab"))
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print(s.removeprefix("miss"), s.removesuffix("pi"), s.removeprefix("x"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.split("")
except ValueError as e:
    print("ValueError:", e)
try:
    print(5 in s)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x" in 5)
except TypeError as e:
    print("TypeError:", e)
