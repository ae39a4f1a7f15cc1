# str() of a SyntaxError names the file (its base name) and the line.
try:
    compile("x = (", "/some/dir/prog.py", "exec")
except SyntaxError as e:
    print(e)
    print(e.filename, e.lineno)
print(SyntaxError("m", ("/a/b.py", 3, 1, "x", 3, 2)))
print(SyntaxError("m", (None, 3, 1, "x")))
print(SyntaxError("only message"), repr(str(SyntaxError())))
e = SyntaxError("m", ("f.py", 7, 2, "text"))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
