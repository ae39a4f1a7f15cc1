s = "a,b,,c"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1), "  a  b  ".split(), "  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1))
print("a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "".split(), "".split(","))
print("xxaxx".strip("x"), "xxaxx".lstrip("x"), "xxaxx".rstrip("x"), " \t a\n".strip())
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("z"), "abc".rpartition("z"))
print("abcabc".find("c", 3), "abcabc".rfind("c", 0, 4), "abcabc".count("a", 1), "aaa".count(""), "abc".count("", 1, 2))
print("aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "abc".replace("b", ""))
print("abc".startswith(("x", "a")), "abc".endswith(("c",), 0, 2), "abc".startswith("b", 1), "abc".startswith(""))
print("ab".center(7, "*"), "ab".ljust(5, "."), "ab".rjust(5), "-42".zfill(6), "+a".zfill(4), "abc".zfill(2))
print("a\tb\tc".expandtabs(), "ab\tc".expandtabs(4), "\t".expandtabs(0), "a\n\tb".expandtabs(3))
print("{0}-{1}-{0}".format(1, 2), "{x}{y[0]}{z.real}".format(x=1, y=[2], z=3), "{:>{w}}".format("a", w=4), "{!r:5}".format("a"))
print("{a}".format_map({"a": 1}), str.maketrans("ab", "xy"), "abc".translate(str.maketrans("ab", "xy", "c")))
print("abc".translate({97: None, 98: "zz"}), str.maketrans({"a": 1}), "prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"))
print("hello"[::-1], "hello"[1:-1:2], "ab" * 3, "a" in "abc", "".join(reversed("abc")))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".split(""), lambda: "a".replace(1, 2), lambda: "a".startswith(1), lambda: str.maketrans("ab", "x"), lambda: "a".zfill("x"), lambda: "a".join("b", "c")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\x00\t\n\x7f\x80\u200b\U0001f600é"), ascii("é😀"))
