# Exceptions from generators carry the generator frame in their traceback.
def produce():
    yield 1
    raise LookupError("gone")

def consume():
    return list(produce())

def rows(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

try:
    consume()
except LookupError as e:
    print(rows(e))

def loop():
    for x in produce():
        pass

try:
    loop()
except LookupError as e:
    print(rows(e))

g = produce()
next(g)
try:
    next(g)
except LookupError as e:
    print(rows(e))
    print(e.__traceback__.tb_next.tb_frame.f_locals)
