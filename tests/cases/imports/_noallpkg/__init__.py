# package without __all__: star import exports every public name, including imported modules
import sys
from . import _hidden_sub
ALPHA = "alpha"
beta = [1, 2]
_private = "private"

def gamma():
    return "gamma " + _hidden_sub.TAG

class Delta:
    kind = "delta"
