# throw() into a generator that has not started points at its def line.
import traceback
def gen():
    x = 1
    yield x
g = gen()
try:
    g.throw(ValueError("early"))
except ValueError:
    print(traceback.format_exc().replace(__file__, "<here>"), end="")
g = gen()
next(g)
try:
    g.throw(ValueError("later"))
except ValueError:
    print(traceback.format_exc().replace(__file__, "<here>"), end="")
