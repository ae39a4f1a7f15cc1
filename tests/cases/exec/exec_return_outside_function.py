# Compile-time errors in exec'd source are SyntaxErrors.
for src in ["return 1", "yield 2", "break", "continue", "nonlocal q"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(e.msg)
exec("x = 1\nreturn x")
