"""Operator helpers (CPython's _operator C module), for Taipan.

Taipan's operator module is written in Python in full, so this module only
provides what other modules import from _operator directly: _compare_digest
(hmac.compare_digest, used by secrets and hmac).
"""


def _compare_digest(a, b, /):
    """Return 'a == b', with a running time that does not depend on where the
    values differ (for comparing secrets)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is "
                            "not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    else:
        try:
            a = bytes(memoryview(a))
            b = bytes(memoryview(b))
        except TypeError:
            raise TypeError(
                "unsupported operand types(s) or combination of types: "
                f"'{type(a).__name__}' and '{type(b).__name__}'") from None
    # Every byte is looked at, whatever the first difference.
    result = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        result |= x ^ y
    return result == 0
