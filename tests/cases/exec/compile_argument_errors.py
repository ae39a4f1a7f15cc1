# compile()'s argument checks, in CPython's words.
attempts = [
    lambda: compile("1", "f"),
    lambda: compile(1, "f", "exec"),
    lambda: compile("1", 1, "exec"),
    lambda: compile("1", "f", "exec", 0x12345678),
    lambda: compile("1", "f", "exec", optimize=7),
    lambda: compile("1", "f", "exec", bogus=1),
    lambda: compile("1", "f", "exec", 0, False, -1, 5),
    lambda: compile("1", "f", "exec", source="1"),
]
for a in attempts:
    try:
        a()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
