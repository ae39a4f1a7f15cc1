# __context__, __cause__ and __suppress_context__ set by implicit chaining, raise from, raise from None
def implicit():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("during handling")
def explicit():
    try:
        [][1]
    except IndexError as e:
        raise TypeError("converted") from e
def none():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("clean") from None
for fn in (implicit, explicit, none):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__))
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
def nested():
    try:
        raise A_("a")
    except Exception:
        try:
            raise KeyError("b")
        except KeyError:
            raise OSError("c")
class A_(Exception): pass
try:
    nested()
except OSError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
