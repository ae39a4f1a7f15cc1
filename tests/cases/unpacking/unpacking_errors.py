# ValueError/TypeError messages from mismatched unpacking
cases = [
    lambda: exec_unpack2([1, 2, 3]),
    lambda: exec_unpack2([1]),
    lambda: exec_unpack2([]),
    lambda: exec_unpack2(5),
    lambda: exec_unpack2(None),
    lambda: exec_unpack2("ab"),
    lambda: exec_unpack2({"k": 1, "j": 2}),
]

def exec_unpack2(value):
    a, b = value
    return (a, b)

for c in cases:
    try:
        print("ok", c())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

def star(value):
    a, b, *c = value
    return a, b, c
for v in [[1, 2], [1, 2, 3, 4], [1]]:
    try:
        print("ok", star(v))
    except ValueError as e:
        print("ValueError:", e)
