# SyntaxError attributes describe where the compiler stopped.
for src in ["x = = 1", "def f(:\n  pass", "a b", "for x in y:\npass", "return 5", "(1,\n2"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset is not None)
try:
    compile("1 +* 2", "my file.py", "exec")
except SyntaxError as e:
    print(e)
    print(e.args[0], e.args[1][:3])
