# help() on functions and methods prints pydoc's plain text
def f(x, y=1, *a, k=2, **kw):
    """Doc of f.

    More lines."""


def g():
    pass


def kwonly(a, /, b, *, c, d='x'):
    "One line."


def annotated(a: int, b: str = 'z') -> bool:
    pass


class C:
    def m(self, a, b=None):
        """method doc
        second line
        """

    @classmethod
    def cm(cls, z):
        pass


help(f)
help(g)
help(kwonly)
help(annotated)
help(C().m)
help(C.cm)
help(lambda q, r=3: q)
print(repr(help))
print(type(help).__name__, type(help).__module__, callable(help))
print('end')
