# compile() takes its arguments by keyword too; filename may be bytes.
c = compile(source="x * 2", filename="kw.py", mode="eval", flags=0, dont_inherit=True, optimize=0)
print(eval(c, {"x": 4}), c.co_filename)
c = compile("1", b"bytes_name.py", "eval")
print(c.co_filename)
c = compile("y = 1", "<f>", "exec", optimize=-1, _feature_version=-1)
print(c.co_name)
