# bare raise re-raises the exception being handled, including after a nested handled exception
def f():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise
try:
    f()
except Exception as e:
    print("got", repr(e))
def g():
    try:
        raise TypeError("t")
    except TypeError as e:
        def helper():
            raise
        try:
            helper()
        except TypeError as again:
            print("helper re-raised", again is e)
g()
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def reraise_after_finally():
    try:
        raise OSError("os")
    except OSError:
        try:
            pass
        finally:
            pass
        raise
try:
    reraise_after_finally()
except OSError as e:
    print("got", e)
def reraise_in_finally():
    try:
        raise NameError("n")
    finally:
        print("finally sees exception")
try:
    reraise_in_finally()
except NameError as e:
    print("got", e)
