# an exception in finally replaces the in-flight one (which becomes __context__); return in finally discards
def replace():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    replace()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def discard():
    for _ in range(1):
        try:
            raise ValueError("discarded by break")
        finally:
            break
    return "loop finished"
print(discard())
def nested():
    try:
        try:
            raise OSError("inner")
        finally:
            print("inner finally")
    except OSError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
