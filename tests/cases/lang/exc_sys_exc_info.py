# sys.exc_info() and sys.exception() inside handlers, nested handlers, after handler, in finally
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, sys.exception() is v)
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def in_func():
    return sys.exc_info()[1]
try:
    raise IndexError("i")
except IndexError:
    print(repr(in_func()))
try:
    try:
        raise OSError("o")
    finally:
        print("finally", sys.exc_info()[0].__name__)
except OSError:
    pass
def gen():
    yield sys.exc_info()[0]
try:
    raise TypeError
except TypeError:
    g = gen()
    print(next(g))
print(sys.exc_info()[0])
