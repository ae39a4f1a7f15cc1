# gen.throw(type, value, tb) keeps the given traceback and adds the generator's row.
def source():
    try:
        {}["missing"]
    except KeyError as e:
        return e.__traceback__

def gen():
    yield 1

def rows(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

tb = source()
g = gen()
next(g)
try:
    g.throw(KeyError, KeyError("k"), tb)
except KeyError as e:
    print(rows(e))
g = gen()
next(g)
try:
    g.throw(KeyError, None, 5)
except TypeError as e:
    print(e)
