# SyntaxError carets cover the error's range (end_offset), clipped as CPython draws them.
import sys
for args in [
    ("m", ("f.py", 1, 5, "    abc def\n", 1, 9)),
    ("m", ("f.py", 1, 5, "    abc def\n", 2, 3)),
    ("m", ("f.py", 1, 5, "    abc def\n", 1, 0)),
    ("m", ("f.py", 1, 5, "    abc def\n", 1, 40)),
    ("m", ("f.py", 1, 30, "abc def", 1, 40)),
    ("m", ("f.py", 1, 3, "\tab\tc def", 1, 6)),
]:
    sys.excepthook(SyntaxError, SyntaxError(*args), None)
compile("f(x for x in y, 1)", "g.py", "exec")
