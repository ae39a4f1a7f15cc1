# return/break/continue inside finally override pending returns and exceptions
def f1():
    try:
        return "try"
    finally:
        return "finally"
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def f3():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "loop end"
def f4():
    while True:
        try:
            raise KeyError("k")
        finally:
            break
    return "broke out"
def f5():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
def f6():
    x = 1
    try:
        return x
    finally:
        x = 2
def f8(n):
    try:
        if n:
            return "early"
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("f8 finally", n)
print(f1(), f2(), f3(), f4(), f5(), f6())
print(f8(0), f8(1))
def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("f9 finally")
print(f9())
