# Inside itself a generator is running, and gi_frame is the running frame.
import sys

def me():
    yield g.gi_running, g.gi_frame is sys._getframe()
    yield g.gi_frame.f_back.f_code.co_name
    yield g.gi_code.co_name

g = me()
print(next(g))

def resume():
    return next(g)

print(resume())
for x in g:
    print(x)
print(g.gi_running, g.gi_frame)

def outer():
    yield from inner()

def inner():
    yield 1

o = outer()
print(o.gi_yieldfrom)
next(o)
print(o.gi_yieldfrom.__name__)
