# str.expandtabs, str.translate and str.maketrans: normal use and the corners
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

# --- expandtabs ---
attempt("default", lambda: "a\tbc\tdef\tghij\tx".expandtabs())
attempt("tabsize 4", lambda: "a\tbc\tdef\tghij\tx".expandtabs(4))
attempt("keyword", lambda: "a\tb".expandtabs(tabsize=3))
attempt("tabsize 1", lambda: "\ta\t\tb".expandtabs(1))
attempt("tabsize 0", lambda: "a\tb\t".expandtabs(0))
attempt("negative", lambda: "a\tb\t".expandtabs(-4))
attempt("newline resets", lambda: "abc\tx\nab\ty".expandtabs(4))
attempt("cr resets", lambda: "abcdef\r\tz".expandtabs(4))
attempt("crlf", lambda: "ab\r\n\tz".expandtabs(4))
attempt("other breaks do not reset", lambda: "abc\x0b\tz\x0c\tq".expandtabs(4))
attempt("no tabs", lambda: "plain text".expandtabs(2))
attempt("empty", lambda: "".expandtabs())
attempt("only tabs", lambda: "\t\t".expandtabs(2))
attempt("non-ascii", lambda: "é\t€\t𝄞\tz".expandtabs(3))
attempt("bool", lambda: "a\tb".expandtabs(True))
s = "no tab here"
print("unchanged is same", s.expandtabs() is s)

class Idx:
    def __index__(self):
        return 5
attempt("__index__", lambda: "a\tb".expandtabs(Idx()))
attempt("float", lambda: "a\tb".expandtabs(2.0))
attempt("str arg", lambda: "a\tb".expandtabs("2"))
attempt("None arg", lambda: "a\tb".expandtabs(None))
attempt("too many", lambda: "a\tb".expandtabs(1, 2))
attempt("pos and kw", lambda: "a\tb".expandtabs(3, tabsize=2))
attempt("bad kw", lambda: "a\tb".expandtabs(size=2))
attempt("huge", lambda: "a\tb".expandtabs(2**31))
attempt("huge negative", lambda: "a\tb".expandtabs(-2**31 - 1))
attempt("bigint", lambda: "a\tb".expandtabs(2**100))
attempt("int max no tab", lambda: "ab".expandtabs(2**31 - 1))
# 2**31-1 spaces per tab, 100000 tabs: beyond any address space, so MemoryError
attempt("too long", lambda: ("\t" * 100000).expandtabs(2**31 - 1))
attempt("unbound", lambda: str.expandtabs("x\ty", 2))

# --- maketrans ---
attempt("two strings", lambda: str.maketrans("abc", "xyz"))
attempt("three strings", lambda: str.maketrans("ab", "cd", "ef"))
attempt("delete only", lambda: str.maketrans("", "", "aeiou"))
attempt("dict", lambda: str.maketrans({"a": "1", 98: None, "c": 120}))
attempt("dict key clash", lambda: str.maketrans({"a": 1, 97: 2}))
attempt("bool key", lambda: str.maketrans({True: "x", 1: "y"}))
attempt("empty dict", lambda: str.maketrans({}))
attempt("repeat in x", lambda: str.maketrans("aa", "xy"))
attempt("z overrides", lambda: str.maketrans("ab", "xy", "a"))
attempt("non-ascii", lambda: str.maketrans("é€", "e$"))
attempt("via instance", lambda: "zzz".maketrans("a", "b"))
attempt("no args", lambda: str.maketrans())
attempt("four args", lambda: str.maketrans("a", "b", "c", "d"))
attempt("keyword", lambda: str.maketrans(x={}))
attempt("one non-dict", lambda: str.maketrans("ab"))
attempt("one int", lambda: str.maketrans(1))
attempt("one list", lambda: str.maketrans([("a", "b")]))

class D(dict):
    pass
attempt("dict subclass", lambda: str.maketrans(D(a="b")))
attempt("long key", lambda: str.maketrans({"ab": 1}))
attempt("empty key", lambda: str.maketrans({"": 1}))
attempt("float key", lambda: str.maketrans({1.5: 1}))
attempt("tuple key", lambda: str.maketrans({(1,): 1}))
attempt("x not str", lambda: str.maketrans(1, "a"))
attempt("y not str", lambda: str.maketrans("a", 1))
attempt("y None", lambda: str.maketrans("a", None))
attempt("z not str", lambda: str.maketrans("a", "b", 1))
attempt("z None", lambda: str.maketrans("a", "b", None))
attempt("unequal", lambda: str.maketrans("abc", "xy"))
attempt("unequal non-ascii", lambda: str.maketrans("é", "ab"))
attempt("x dict with y", lambda: str.maketrans({}, "a"))

# --- translate ---
attempt("basic", lambda: "hello world".translate(str.maketrans("lo", "01")))
attempt("delete", lambda: "hello world".translate(str.maketrans("", "", "lo ")))
attempt("to None", lambda: "abcabc".translate({ord("b"): None}))
attempt("to int", lambda: "abc".translate({97: 65, 99: 0x263A}))
attempt("to str", lambda: "abc".translate({97: "AAA", 98: "", 99: "\u00e9\u20ac"}))
attempt("to bool", lambda: "ab".translate({97: True, 98: False}))
attempt("non-ascii input", lambda: "été €".translate({233: "e", 0x20AC: "EUR", 32: None}))
attempt("astral", lambda: "a𝄞b".translate({0x1D11E: "[clef]"}))
attempt("to astral", lambda: "ab".translate({97: 0x1D11E}))
attempt("max code point", lambda: len("a".translate({97: 0x10FFFF})))
attempt("empty input", lambda: "".translate(5))
attempt("list table", lambda: "abc".translate([None] * 98 + ["B"]))
attempt("str table", lambda: "abc".translate("x" * 98 + "Y"))
attempt("list table short", lambda: "abc".translate([None, "x"]))
attempt("int table", lambda: "a".translate(5))
attempt("None table", lambda: "a".translate(None))
attempt("out of range", lambda: "a".translate({97: 0x110000}))
attempt("negative", lambda: "a".translate({97: -1}))
attempt("bigint", lambda: "a".translate({97: 2**70}))
attempt("float value", lambda: "a".translate({97: 1.5}))
attempt("bytes value", lambda: "a".translate({97: b"x"}))
attempt("no args", lambda: "a".translate())
attempt("two args", lambda: "a".translate({}, {}))
attempt("keyword", lambda: "a".translate(table={}))
attempt("unbound", lambda: str.translate("abc", {97: "z"}))

class MyStr(str):
    pass
class MyInt(int):
    pass
attempt("str subclass value", lambda: "ab".translate({97: MyStr("S")}))
attempt("int subclass value", lambda: "ab".translate({97: MyInt(66)}))
attempt("str subclass self", lambda: MyStr("abc").translate({98: "B"}))
print("subclass result type", type(MyStr("abc").translate({})).__name__)
print("subclass expandtabs type", type(MyStr("a\tb").expandtabs()).__name__)


class Lookup:
    """A table that reports every lookup, to show which characters are looked up."""
    def __init__(self, name):
        self.name = name
        self.calls = []
    def __getitem__(self, k):
        self.calls.append(chr(k))
        if k == 98:
            return None
        if k == 99:
            return "XY"
        if k == 100:
            return 0x263A
        if k == 101:
            raise KeyError(k)
        if k == 102:
            raise IndexError(k)
        if k == 103:
            raise LookupError(k)
        return k


for text in ["aabbbcdcaee", "aab\u00e9bbcdcaee", "fgfgabab", "bbbb", "xyz", "\u00e9b"]:
    t = Lookup(text)
    r = text.translate(t)
    print(repr(text), "->", repr(r), "lookups:", "".join(t.calls))


class Boom:
    def __getitem__(self, k):
        if k == 120:
            raise ZeroDivisionError("boom")
        if k == 121:
            raise StopIteration
        return None


attempt("other error propagates", lambda: "abx".translate(Boom()))
attempt("StopIteration propagates", lambda: "y".translate(Boom()))
attempt("error after deletes", lambda: "aaax".translate(Boom()))


class BadValue:
    def __getitem__(self, k):
        return [k]


attempt("list value", lambda: "q".translate(BadValue()))

# round trip through a dict built by hand and by maketrans
table = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
msg = "the quick brown fox jumps over the lazy dog"
enc = msg.translate(table)
print(enc)
print(enc.translate(table) == msg)
print("line1\tA\tB\nline22\tC".expandtabs(8).splitlines())
