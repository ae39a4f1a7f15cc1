# Nothing to evaluate is a SyntaxError at offset 0 (line 0 when the text is empty).
for src in ["", "   ", "# just a comment"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)
eval("")
