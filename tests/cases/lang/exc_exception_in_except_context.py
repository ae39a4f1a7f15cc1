# exceptions raised while handling: context chain of three, handler for the new type, finally ordering
def level3():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            raise TypeError("t")
        except TypeError:
            raise KeyError("k")
try:
    level3()
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
def same_exception_reraised():
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
try:
    same_exception_reraised()
except ValueError as e:
    print(repr(e), e.__context__)
def raise_caught_instance():
    err = KeyError("stored")
    try:
        raise OSError("os")
    except OSError:
        raise err
try:
    raise_caught_instance()
except KeyError as e:
    print(repr(e), repr(e.__context__))
