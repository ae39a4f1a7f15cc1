"""Efficient arrays of numeric values (and of characters, typecode 'u').

array(typecode[, initializer]) holds items of one C type, chosen by the
typecode: b/B signed/unsigned char, u wide char, h/H short, i/I int, l/L long,
q/Q long long, f float, d double.  The storage and the methods are native
(_array); this subclass puts the special methods where len(), in, iteration,
indexing and the operators find them.
"""

import _array
from _collections import _set_type_name

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = _array.typecodes
_base = _array.array


class array(_base):
    __slots__ = ()
    __len__ = _base.__len__
    __getitem__ = _base.__getitem__
    __setitem__ = _base.__setitem__
    __delitem__ = _base.__delitem__
    __repr__ = _base.__repr__
    __iter__ = _base.__iter__
    __contains__ = _base.__contains__
    __add__ = _base.__add__
    __iadd__ = _base.__iadd__
    __mul__ = _base.__mul__
    __rmul__ = _base.__rmul__
    __imul__ = _base.__imul__
    __eq__ = _base.__eq__
    __ne__ = _base.__ne__
    __lt__ = _base.__lt__
    __le__ = _base.__le__
    __gt__ = _base.__gt__
    __ge__ = _base.__ge__
    __hash__ = None

    def __copy__(self):
        return _base.__copy__(self)

    def __deepcopy__(self, memo):
        return _base.__copy__(self)


# CPython's C-level name, which its error messages use ('array.array').
_set_type_name(array, 'array.array')
del _set_type_name

ArrayType = array
