# SyntaxError.end_offset spans the offending token, as CPython's does.
for src in ["a b", "def f(:\n pass", "x := 1", "f(x for x in y, 1)", "1 +* 2", "if x\n  pass"]:
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
