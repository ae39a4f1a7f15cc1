# tb_lasti and f_lasti are byte offsets (even), and code.co_positions() gives
# the position of each instruction: CPython's traceback module relies on both.
import itertools
import sys


def f():
    return 1 / 0


try:
    f()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_lasti % 2, sys._getframe().f_lasti % 2)
    pos = next(itertools.islice(tb.tb_frame.f_code.co_positions(), tb.tb_lasti // 2, None))
    print(pos, tb.tb_lineno)
print(all(len(p) == 4 for p in f.__code__.co_positions()))
print(type(f.__code__.co_positions()).__name__ != 'list')
