# exception attributes: args, str/repr for 0/1/many args, KeyError str quoting, OSError errno mapping
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(None), KeyError("k"),
          KeyError(), KeyError("a", "b"), IndexError(3), StopIteration(5)]:
    print(repr(e), "|", str(e), "|", e.args)
e = OSError("just a message")
print(type(e).__name__, e.errno, e.strerror, str(e))
s = StopIteration(1, 2)
print(s.value, StopIteration().value)
ex = ValueError("x")
ex.custom = "attr"
print(ex.custom)
print(repr(BaseException("b")), repr(SystemExit(3)), SystemExit(3).code, SystemExit().code)
k = KeyboardInterrupt()
print(repr(k), str(k) == "")
