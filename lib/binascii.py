"""Conversions between binary data and ASCII encodings (base64, hex, CRCs).

Taipan's binascii module (CPython's is written in C): base64, hexadecimal,
CRC-32 and CRC-CCITT, with CPython 3.12's results and error messages.
Not provided: the quoted-printable and uuencode functions (a2b_qp, b2a_qp,
a2b_uu, b2a_uu) raise NotImplementedError.
"""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def _bytes_arg(data, fname, ascii_ok=False):
    if isinstance(data, str):
        if not ascii_ok:
            raise TypeError("a bytes-like object is required, not 'str'")
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII '
                             'characters') from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except TypeError:
        if ascii_ok:
            raise TypeError("argument should be bytes, buffer or ASCII string, "
                            f"not '{type(data).__name__}'") from None
        raise TypeError(f"a bytes-like object is required, not "
                        f"'{type(data).__name__}'") from None


def b2a_base64(data, /, *, newline=True):
    """Base64-code line of data."""
    data = _bytes_arg(data, 'b2a_base64')
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63],
                      _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63],
                      _B64[(n >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data."""
    data = _bytes_arg(data, 'a2b_base64', True)
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    quad = 0
    left = 0
    pads = 0
    padding_started = False
    for i, c in enumerate(data):
        if c == 0x3D:  # '='
            padding_started = True
            if strict_mode and quad == 0:
                raise Error('Excess padding not allowed')
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    # Complete padding ends the data.
                    if strict_mode and i + 1 < len(data):
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_VALUE.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad == 0:
            left = v
            quad = 1
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 0xFF)
            left = v & 0x0F
            quad = 2
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 0xFF)
            left = v & 0x03
            quad = 3
        else:
            out.append(((left << 6) | v) & 0xFF)
            left = 0
            quad = 0
    if quad:
        if quad == 1:
            n = len(out) // 3 * 4 + 1
            raise Error('Invalid base64-encoded string: number of data '
                        f'characters ({n}) cannot be 1 more than a multiple '
                        'of 4')
        raise Error('Incorrect padding')
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _bytes_arg(data, 'b2a_hex')
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr, /):
    """Binary data of hexadecimal representation."""
    data = _bytes_arg(hexstr, 'a2b_hex', True)
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    digits = b'0123456789abcdef'
    for i in range(0, len(data), 2):
        hi = digits.find(bytes((data[i],)).lower())
        lo = digits.find(bytes((data[i + 1],)).lower())
        if hi < 0 or lo < 0:
            raise Error('Non-hexadecimal digit found')
        out.append(hi * 16 + lo)
    return bytes(out)


unhexlify = a2b_hex


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32 = _crc32_table()


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    data = _bytes_arg(data, 'crc32')
    c = ~crc & 0xFFFFFFFF
    table = _CRC32
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return ~c & 0xFFFFFFFF


def crc_hqx(data, crc, /):
    """Compute CRC-CCITT incrementally."""
    data = _bytes_arg(data, 'crc_hqx')
    crc &= 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def _unsupported(name):
    def f(*args, **kwargs):
        raise NotImplementedError(f"Taipan does not support binascii.{name}")
    f.__name__ = f.__qualname__ = name
    return f


a2b_qp = _unsupported('a2b_qp')
b2a_qp = _unsupported('b2a_qp')
a2b_uu = _unsupported('a2b_uu')
b2a_uu = _unsupported('b2a_uu')
