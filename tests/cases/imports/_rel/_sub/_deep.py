# deepest module: mixes . and .. relative imports
from . import SUB_NAME, sub_quad
from .. import _util
from .._core import double
DEEP = "deep in " + SUB_NAME

def chain(x):
    return double(sub_quad(x)) + _util.quad(1)
