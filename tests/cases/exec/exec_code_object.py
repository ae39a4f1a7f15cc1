# A code object from compile() runs again and again, each time in the namespace given.
code = compile("total = total + step", "<acc>", "exec")
ns = {"total": 0, "step": 5}
for _ in range(3):
    exec(code, ns)
print(ns["total"], type(code).__name__, code.co_filename, code.co_name)
e = compile("step * 2", "<e>", "eval")
print(eval(e, ns), eval(e, {"step": 21}))
