"""Functions to convert between Python values and C structs.

Python bytes objects hold the packed data.  The format string's first
character may give the byte order, size and alignment: '@' native (the
default), '=' native order with standard sizes, '<' little-endian, '>' and '!'
big-endian.  Then come format characters, each optionally preceded by a
repeat count: x pad byte, c char, b/B signed/unsigned char, ? bool, h/H short,
i/I int, l/L long, q/Q long long, n/N ssize_t/size_t (native only), e half
float, f float, d double, s char[] (bytes), p Pascal string, P void pointer
(native only).
"""

from _taipan_struct import *
from _taipan_struct import __all__, _clearcache
