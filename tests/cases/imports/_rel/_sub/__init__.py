# nested package reaching its parent with ..
from .. import _core
from .._core import VERSION as PARENT_VERSION
from .._util import quad
SUB_NAME = __name__

def sub_quad(x):
    return quad(x) + 1
