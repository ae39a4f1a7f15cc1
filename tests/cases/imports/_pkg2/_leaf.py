# another submodule of _pkg2
from _pkg2 import _sub
LEAF = "_leaf sees " + _sub.VALUE
