# A generator's frame has its resumer as f_back while it runs, None while suspended.
import sys

def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe().f_back.f_code.co_name

def first(g):
    return next(g)

def second(g):
    for v in g:
        return v

g = gen()
print(first(g))
print(g.gi_frame.f_back)
print(second(g))
print(g.gi_frame.f_back)
