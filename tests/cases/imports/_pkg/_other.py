# second submodule that imports its sibling relatively
from . import _sub
from ._sub import SUB_CONST

def combined():
    return _sub.sub_fn(SUB_CONST)
