# the 'as' target is deleted after the except block ends
e = "before"
try:
    raise ValueError("temp")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)

saved = None
try:
    raise KeyError("kept")
except KeyError as exc:
    saved = exc
print("saved:", repr(saved))

def f():
    try:
        raise RuntimeError("in func")
    except RuntimeError as problem:
        msg = str(problem)
    return msg, msg.upper()

print(f())
