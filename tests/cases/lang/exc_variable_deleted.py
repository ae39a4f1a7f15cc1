# the 'as' target of an except clause is deleted at the end of the handler (NameError/UnboundLocalError)
e = "outer value"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
    return saved
print(repr(f()))
def g():
    try:
        raise KeyError
    except KeyError as k:
        del k
    print("deleted inside handler ok")
g()
