# exceptions raised in finally/except replace the original, with __context__ chaining
def a():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    a()
except Exception as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)
def b():
    try:
        return 1
    finally:
        raise RuntimeError("finally beats return")
try:
    b()
except RuntimeError as e:
    print(e, e.__context__)
def c():
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")
    finally:
        print("c finally runs")
try:
    c()
except IndexError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__, e.__cause__)
def d():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner cleanup")
    except ValueError as e:
        print("caught", e)
        raise
    finally:
        print("outer cleanup")
try:
    d()
except ValueError as e:
    print("re-raised", e)
try:
    try:
        raise ValueError("x")
    finally:
        try:
            raise KeyError("y")
        except KeyError:
            print("handled inside finally")
except ValueError as ex:
    print("original survives:", ex)
