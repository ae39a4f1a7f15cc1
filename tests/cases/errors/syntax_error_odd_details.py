# A SyntaxError raised by hand with an offset left of its text, or a non-int line
# number, is still printed (no caret, or no location) rather than crashing the printer.
try:
    raise SyntaxError("bad offset", ("f.py", 1, -5, "   abc"))
except SyntaxError as e:
    print(e.args)
try:
    raise SyntaxError("no offset", ("f.py", 3, None, "x = (\n"))
except SyntaxError as e:
    print(e.args)
raise SyntaxError("m", ("f", 1, -5, "   abc"))
