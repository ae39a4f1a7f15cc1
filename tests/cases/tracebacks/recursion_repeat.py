# Runs of the same frame are summarised as "[Previous line repeated N more times]".
import traceback

def down(n):
    if n == 0:
        raise ValueError("bottom")
    down(n - 1)

for depth in (2, 3, 4, 10):
    try:
        down(depth)
    except ValueError:
        text = traceback.format_exc()
    print(text.replace(__file__, "<here>"), end="")
    print("--")

def loop(n):
    return loop(n + 1)

try:
    loop(0)
except RecursionError as e:
    lines = traceback.format_exception(e)
print(lines[-1], end="")
print([l for l in lines if "repeated" in l][0].split(" more")[0].startswith("  [Previous line repeated"))
