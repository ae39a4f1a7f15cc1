# A scripted interactive session: each line compiled in 'single' mode in one namespace.
ns = {}
lines = [
    "x = 6",
    "x * 7",
    "def sq(v): return v * v",
    "def sq(v): return v * v\n",
    "sq(x)",
    "for i in range(2): sq(i) + 100\n",
    "None",
    "_",
    "y = _ + 1; y",
    "[x, y]",
]
for line in lines:
    print(">>>", line.rstrip())
    try:
        exec(compile(line, "<stdin>", "single"), ns)
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(sorted(k for k in ns if not k.startswith("__")))
