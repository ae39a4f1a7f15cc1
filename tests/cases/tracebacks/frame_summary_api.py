# FrameSummary behaves like a (filename, lineno, name, line) tuple.
import traceback

fs = traceback.FrameSummary("nowhere.py", 12, "func", line="  return x  ")
print(fs.filename, fs.lineno, fs.name, repr(fs.line))
print(list(fs), tuple(fs), len(fs), fs[0], fs[3])
print(repr(fs))
print(fs == ("nowhere.py", 12, "func", "return x"))
print(fs.locals, fs.colno, fs.end_colno, fs.end_lineno)
withlocals = traceback.FrameSummary("w.py", 1, "f", line="", locals={"b": [1], "a": "s"})
print(sorted(withlocals.locals.items()))
missing = traceback.FrameSummary("does-not-exist.py", 3, "g")
print(repr(missing.line))
here = traceback.FrameSummary(__file__, 2, "<module>")
print(repr(here.line))
nolineno = traceback.FrameSummary("x.py", None, "f")
print(nolineno.line)
try:
    fs.other = 1
except AttributeError:
    print("slots")
