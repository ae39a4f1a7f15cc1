# Argument-count and keyword errors worded as CPython's Argument Clinic words them.
attempts = [
    lambda: exec(),
    lambda: exec("1", {}, {}, 4),
    lambda: exec("1", globals={}),
    lambda: exec(source="1"),
    lambda: eval(),
    lambda: eval("1", {}, {}, 4),
    lambda: eval("1", globals={}),
]
for a in attempts:
    try:
        a()
    except TypeError as e:
        print(e)
