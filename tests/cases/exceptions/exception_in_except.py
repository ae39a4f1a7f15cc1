# exceptions raised inside except and finally blocks
def a():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")

try:
    a()
except TypeError as e:
    print("got", type(e).__name__, e)

def b():
    try:
        return 1 / 0
    finally:
        print("finally runs before propagation")

try:
    b()
except ZeroDivisionError as e:
    print("propagated:", e)

def c():
    try:
        raise KeyError("k")
    finally:
        raise IndexError("replaced")

try:
    c()
except IndexError as e:
    print("finally replaced:", e)
except KeyError:
    print("not reached")

try:
    try:
        int("zz")
    except ValueError as err:
        print("handling", err)
        [].pop()
except IndexError as e:
    print("outer caught", e)
