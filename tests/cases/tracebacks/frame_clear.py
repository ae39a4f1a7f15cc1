# frame.clear() and traceback.clear_frames().
import sys
import traceback
def f():
    big = [1, 2, 3]
    raise ValueError
try:
    f()
except ValueError as e:
    tb = e.__traceback__
fr = tb.tb_next.tb_frame
print(fr.f_locals)
fr.clear()
print(fr.f_locals)
try:
    sys._getframe().clear()
except RuntimeError as x:
    print(x)
def gen():
    try:
        yield 1
    finally:
        print("closed")
g = gen()
next(g)
g.gi_frame.clear()
print(g.gi_frame)
def g2():
    yield sys._getframe().clear()
try:
    next(g2())
except RuntimeError as x:
    print(x)
traceback.clear_frames(tb)
print(fr.f_locals)
