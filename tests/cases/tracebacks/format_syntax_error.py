# SyntaxError formatting: location line, source text and carets.
import traceback

def show(e):
    for line in traceback.format_exception_only(e):
        print(repr(line))
    print("--")

show(SyntaxError("invalid syntax", ("prog.py", 3, 9, "    x = (1 +\n", 3, 10)))
show(SyntaxError("range", ("prog.py", 1, 5, "a = b c d\n", 1, 8)))
show(SyntaxError("past end", ("prog.py", 2, 40, "short\n", 2, 50)))
show(SyntaxError("tabs", ("t.py", 1, 4, "\tif x\n", 1, 6)))
show(SyntaxError("no text", ("prog.py", 7, 1, None)))
show(SyntaxError("no location"))
show(SyntaxError())
show(IndentationError("unexpected indent", ("i.py", 2, 4, "   y = 2\n", 2, 5)))
e = SyntaxError("attrs", ("f.py", 4, 2, "xy\n", 4, 3))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
e.lineno = None
show(e)
