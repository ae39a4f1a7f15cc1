# Generator resumption is a 'call', each yield a 'return'; exceptions pass frames.
import sys

out = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    rel = frame.f_lineno - frame.f_code.co_firstlineno
    if event == 'exception':
        arg = arg[0].__name__
    out.append((event, frame.f_code.co_name, rel, arg))
    return tracer

def gen(n):
    for i in range(n):
        yield i * 10
    return 'done'

def outer():
    return sum(gen(3))

def deep(n):
    if n == 0:
        raise KeyError(n)
    deep(n - 1)

def top():
    try:
        deep(2)
    except KeyError:
        return 'caught'
    finally:
        x = 1

def delegator():
    r = yield from gen(2)
    yield r

sys.settrace(tracer)
outer()
top()
list(delegator())
sys.settrace(None)
for e in out:
    print(*e)
