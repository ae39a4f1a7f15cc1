# sibling imports: from . import mod, from .mod import name
from . import _core
from ._core import double as dbl

def quad(x):
    return dbl(dbl(x))

def core_version():
    return _core.VERSION + "/" + __name__ + "/" + __package__
