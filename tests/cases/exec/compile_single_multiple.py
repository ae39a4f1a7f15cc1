# 'single' takes one statement: simple statements may share a line, nothing else follows.
for src in ["1\n2", "x = 1\ny = 2\n", "if 1:\n  pass\nx = 1", "", "# only"]:
    try:
        compile(src, "<s>", "single")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno)
for src in ["x = 1; x", "1\n\n", "if 1:\n  pass\n\n", "x = (1,\n     2); x"]:
    exec(compile(src, "<s>", "single"), {})
