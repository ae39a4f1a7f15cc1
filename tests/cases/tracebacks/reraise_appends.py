# Raising a caught exception again adds the new frames in front of its traceback.
def origin():
    raise ValueError("from origin")

def catch():
    try:
        origin()
    except ValueError as e:
        return e

def again(e):
    raise e

def rows(exc):
    out = []
    tb = exc.__traceback__
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

saved = catch()
print(rows(saved))
try:
    again(saved)
except ValueError as e:
    print(e is saved)
    print(rows(e))
try:
    again(saved)
except ValueError as e:
    print(len(rows(e)))
