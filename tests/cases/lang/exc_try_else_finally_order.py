# try/except/else/finally execution order for every path, including exceptions raised in else
def run(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError
        if mode == "return":
            return log + ["returned from try"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
        if mode == "else-raise":
            raise KeyError("from else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for m in ["ok", "raise", "return"]:
    print(m, run(m))
try:
    run("else-raise")
except KeyError as e:
    print("else-raise propagated", e)
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        print("finally after handler raised")
try:
    handler_raises()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def no_match():
    try:
        raise OSError("unmatched")
    except ValueError:
        print("not here")
    finally:
        print("finally with unmatched")
try:
    no_match()
except OSError as e:
    print("outer got", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
