from functools import partialmethod, partial

class Cell:
    def __init__(self):
        self._alive = False
    @property
    def alive(self):
        return self._alive
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
    def show(self, *args, **kw):
        return (type(self).__name__, args, kw)
    show2 = partialmethod(show, 1, k='v')
    show3 = partialmethod(show2, 2)
    cm = partialmethod(classmethod(lambda cls, x, y=0: (cls.__name__, x, y)), 5)
    sm = partialmethod(staticmethod(lambda x, y: (x, y)), 'static')

c = Cell()
print(c.alive)
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)
print(c.show2(), c.show2(3, k='w'), c.show3(4))
print(Cell.cm(), c.cm(y=1), Cell.sm('y'), c.sm(2))
print(repr(Cell.__dict__['show3']).startswith('functools.partialmethod(<function Cell.show at'))
print(Cell.__dict__['show3'].args, Cell.__dict__['show3'].keywords)
print(Cell.show2(c))
try:
    partialmethod(1)
except TypeError as e:
    print("TypeError:", e)
class B:
    f = partialmethod(partial(lambda self, a, b: (a, b), b=2), 1)
print(B().f())
