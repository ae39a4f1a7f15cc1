"""Functions to convert between Python values and C structs.

(Taipan: the struct module's Python half, kept under this private name so
that both Taipan's struct module and the native _struct module -- where
CPython's own struct.py looks for Struct, error and iter_unpack -- share it.)

Python bytes objects hold the packed data.  The format string's first
character may give the byte order, size and alignment: '@' native (the
default), '=' native order with standard sizes, '<' little-endian, '>' and '!'
big-endian.  Then come format characters, each optionally preceded by a
repeat count: x pad byte, c char, b/B signed/unsigned char, ? bool, h/H short,
i/I int, l/L long, q/Q long long, n/N ssize_t/size_t (native only), e half
float, f float, d double, s char[] (bytes), p Pascal string, P void pointer
(native only).
"""

__all__ = [
    # Functions
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',

    # Classes
    'Struct',

    # Exceptions
    'error',
]


class error(Exception):
    pass


error.__module__ = 'struct'


import _struct
from _struct import calcsize, pack, pack_into, unpack, unpack_from


class unpack_iterator:
    """Iterator over the records of a buffer, as Struct.iter_unpack() makes."""

    def __init__(self, fmt, size, data):
        self._fmt = fmt
        self._size = size
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        if data is None or self._pos >= len(data):
            self._data = None
            raise StopIteration
        rec = unpack_from(self._fmt, data, self._pos)
        self._pos += self._size
        return rec

    def __length_hint__(self):
        if self._data is None:
            return 0
        return (len(self._data) - self._pos) // self._size


unpack_iterator.__module__ = '_struct'


def _iter_unpack(fmt, size, buffer):
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if not isinstance(buffer, bytes) and type(buffer).__name__ not in (
            'bytearray', 'memoryview'):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(buffer).__name__)
    n = len(buffer)
    if n % size:
        raise error('iterative unpacking requires a buffer of a multiple of '
                    '%d bytes' % size)
    return unpack_iterator(fmt, size, buffer)


def iter_unpack(format, buffer, /):
    """Return an iterator yielding tuples unpacked from buffer, record by
    record, according to the format string."""
    return _iter_unpack(format, calcsize(format), buffer)


class Struct:
    """Struct(fmt) --> compiled struct object: its format and size, and
    pack/unpack methods that use them."""

    __slots__ = ('_format', '_size', '__weakref__')

    def __init__(self, format):
        size = calcsize(format)
        if isinstance(format, bytes):
            format = ''.join(map(chr, format))
        self._format = format
        self._size = size

    @property
    def format(self):
        """struct format string"""
        return self._format

    @property
    def size(self):
        """struct size in bytes"""
        return self._size

    def pack(self, *values):
        """S.pack(v1, v2, ...) -> bytes"""
        return pack(self._format, *values)

    def pack_into(self, buffer, offset, *values):
        """S.pack_into(buffer, offset, v1, v2, ...)"""
        return pack_into(self._format, buffer, offset, *values)

    def unpack(self, buffer, /):
        """S.unpack(buffer) -> tuple"""
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        """S.unpack_from(buffer, offset=0) -> tuple"""
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer, /):
        """S.iter_unpack(buffer) -> iterator(tuple)"""
        return _iter_unpack(self._format, self._size, buffer)


Struct.__module__ = '_struct'


def _clearcache():
    """Clear the internal cache (there is none: formats are parsed per call)."""
