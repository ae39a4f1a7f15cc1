# compile() makes code objects in three modes.
c1 = compile("a = 1\nb = a + 1", "<exec>", "exec")
c2 = compile("a + 1", "<eval>", "eval")
c3 = compile("a + 1", "<single>", "single")
for c in (c1, c2, c3):
    print(type(c).__name__, c.co_name, c.co_filename)
ns = {}
print(exec(c1, ns), ns["b"], eval(c2, ns))
exec(c3, ns)
