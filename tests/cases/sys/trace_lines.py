import sys

def tracer(frame, event, arg):
    co = frame.f_code
    if co.co_filename != __file__:
        return None
    a = arg
    if event == 'exception':
        a = (arg[0].__name__, str(arg[1]))
    print(event, co.co_name, frame.f_lineno - co.co_firstlineno, a)
    return tracer

def f(n):
    total = 0
    for i in range(n):
        total += i
    return total

def g():
    yield 1
    yield 2

def boom():
    raise ValueError("bad")

def catcher():
    try:
        boom()
    except ValueError as e:
        return str(e)

def one(): return 5

sys.settrace(tracer)
f(2)
list(g())
catcher()
one()
x = [i for i in range(2)]
sys.settrace(None)
print(sys.gettrace())
