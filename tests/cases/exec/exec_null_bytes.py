# Source code may not contain NUL; in 3.12 that is a SyntaxError.
for src in ["a\0b", b"a\0b"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(e, e.lineno)
eval("1\0")
