# add_note / __notes__: appended in order, type check, and shown for uncaught exceptions
try:
    raise ValueError("base")
except ValueError as e:
    print(hasattr(e, "__notes__"))
    e.add_note("first note")
    e.add_note("second note")
    print(e.__notes__)
e = KeyError("k")
e.__notes__ = ["preset"]
e.add_note("more")
print(e.__notes__)
def f():
    try:
        1 / 0
    except ZeroDivisionError as err:
        err.add_note("while computing ratio")
        raise
try:
    f()
except ZeroDivisionError as e:
    print(e, e.__notes__)
