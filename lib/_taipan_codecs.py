"""codecs: Taipan's codec registry and helpers.

The text codecs themselves live in the VM (str.encode / bytes.decode): UTF-8,
UTF-8-SIG, ASCII, Latin-1, cp1252, UTF-16 and UTF-32 (with a BOM or -LE/-BE). This
module wraps them in CPython's API (lookup, CodecInfo, encode/decode, incremental
encoders and decoders, stream readers and writers, error handler registration) and adds
the bytes-to-bytes 'hex' and str-to-str 'rot13' codecs.

(Taipan: the codecs module's implementation, kept under this private name: the
codecs module mirrors it, and the native _codecs module hands its functions
to CPython's own codecs.py, which imports them from _codecs.)
"""

import sys
import builtins
import _codecs

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE', 'BOM_LE',
           'BOM32_BE', 'BOM32_LE', 'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16',
           'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE',
           'CodecInfo', 'Codec', 'IncrementalEncoder', 'IncrementalDecoder',
           'StreamReader', 'StreamWriter', 'StreamReaderWriter', 'StreamRecoder',
           'getencoder', 'getdecoder', 'getincrementalencoder', 'getincrementaldecoder',
           'getreader', 'getwriter', 'encode', 'decode', 'iterencode', 'iterdecode',
           'strict_errors', 'ignore_errors', 'replace_errors', 'xmlcharrefreplace_errors',
           'backslashreplace_errors', 'namereplace_errors', 'register_error',
           'lookup_error']

# Byte order marks.
BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Stateless encoder/decoder interface."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input in pieces; keeps state between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder keeping the input it has not encoded yet."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes input in pieces; keeps state between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder keeping the bytes of an incomplete character."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# --- The text codecs' functions (CPython's _codecs.*_encode / *_decode) ---

def _check_str(fname, s):
    if not isinstance(s, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (fname, type(s).__name__))


def _check_errors(fname, errors):
    if errors is None:
        return 'strict'
    if not isinstance(errors, str):
        raise TypeError("%s() argument 2 must be str or None, not %s"
                        % (fname, type(errors).__name__))
    return errors


def _as_bytes(data):
    if isinstance(data, bytes):
        return data
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _utf8_pending(data):
    """How many bytes at the end of `data` start a UTF-8 sequence that more input could
    still complete."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        lead = data[n - back]
        if 0x80 <= lead < 0xc0:
            continue
        if 0xc2 <= lead < 0xe0:
            need = 2
        elif 0xe0 <= lead < 0xf0:
            need = 3
        elif 0xf0 <= lead < 0xf5:
            need = 4
        else:
            return 0
        if back >= need:
            return 0
        if back >= 2:
            second = data[n - back + 1]
            lo, hi = 0x80, 0xbf
            if lead == 0xe0:
                lo = 0xa0
            elif lead == 0xf0:
                lo = 0x90
            elif lead == 0xf4:
                hi = 0x8f
            if not lo <= second <= hi:
                return 0
        return back
    return 0


def _utf16_pending(data, start, big):
    """The incomplete tail of UTF-16 data from `start`: an odd byte, and a high
    surrogate still waiting for its partner."""
    n = len(data) - start
    pending = n % 2
    if n - pending >= 2:
        at = len(data) - pending - 2
        unit = (data[at] << 8 | data[at + 1]) if big else (data[at + 1] << 8 | data[at])
        if 0xd800 <= unit < 0xdc00:
            pending += 2
    return pending


def _decode_pending(encoding, data, errors, final, pending):
    """Decodes all but the last `pending` bytes (all of them when `final`)."""
    if final:
        pending = 0
    end = len(data) - pending
    return (data[:end].decode(encoding, errors), end)


def _make_simple(name):
    """The encode/decode functions of a codec without byte order marks."""
    fname = name.replace('-', '_')

    def enc(str, errors=None):
        _check_str(fname + '_encode', str)
        errors = _check_errors(fname + '_encode', errors)
        return (str.encode(name, errors), len(str))

    def dec(data, errors=None, final=False):
        data = _as_bytes(data)
        errors = _check_errors(fname + '_decode', errors)
        if name == 'utf-8':
            pending = _utf8_pending(data)
        elif name in ('utf-16-le', 'utf-16-be'):
            pending = _utf16_pending(data, 0, name.endswith('be'))
        elif name in ('utf-32-le', 'utf-32-be'):
            pending = len(data) % 4
        else:
            return (data.decode(name, errors), len(data))
        return _decode_pending(name, data, errors, final, pending)

    enc.__name__ = enc.__qualname__ = fname + '_encode'
    dec.__name__ = dec.__qualname__ = fname + '_decode'
    return enc, dec


utf_8_encode, utf_8_decode = _make_simple('utf-8')
ascii_encode, ascii_decode = _make_simple('ascii')
latin_1_encode, latin_1_decode = _make_simple('latin-1')
utf_16_le_encode, utf_16_le_decode = _make_simple('utf-16-le')
utf_16_be_encode, utf_16_be_decode = _make_simple('utf-16-be')
utf_32_le_encode, utf_32_le_decode = _make_simple('utf-32-le')
utf_32_be_encode, utf_32_be_decode = _make_simple('utf-32-be')
unicode_escape_encode, unicode_escape_decode = _make_simple('unicode-escape')
raw_unicode_escape_encode, raw_unicode_escape_decode = _make_simple('raw-unicode-escape')


def _bom_order(data, width):
    """(byte order, BOM length) read from the start of UTF-16 (width 2) or UTF-32 data;
    order is None when too few bytes have come to tell."""
    le, be = (BOM_UTF16_LE, BOM_UTF16_BE) if width == 2 else (BOM_UTF32_LE, BOM_UTF32_BE)
    if data[:width] == le:
        return ('little', width)
    if data[:width] == be:
        return ('big', width)
    if len(data) < width and (le.startswith(data) or be.startswith(data)):
        return (None, 0)
    return ('native', 0)


def _ex_decode(width, data, errors, byteorder, final):
    """utf_16_ex_decode/utf_32_ex_decode: (str, consumed, detected byte order)."""
    order = {0: None, -1: 'little', 1: 'big'}.get(byteorder)
    skip = 0
    if order is None:
        order, skip = _bom_order(data, width)
        if order is None:
            if final:
                order = sys.byteorder
            else:
                return ('', 0, 0)
        elif order == 'native':
            order = None
    real = order or sys.byteorder
    name = 'utf-%d-%s' % (width * 8, 'le' if real == 'little' else 'be')
    body = data[skip:]
    if width == 2:
        pending = _utf16_pending(body, 0, real == 'big')
    else:
        pending = len(body) % 4
    text, used = _decode_pending(name, body, errors, final, pending)
    detected = {None: 0, 'little': -1, 'big': 1}[order]
    return (text, used + skip, detected)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    data = _as_bytes(data)
    return _ex_decode(2, data, _check_errors('utf_16_ex_decode', errors), byteorder, final)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    data = _as_bytes(data)
    return _ex_decode(4, data, _check_errors('utf_32_ex_decode', errors), byteorder, final)


def utf_16_encode(str, errors=None, byteorder=0):
    _check_str('utf_16_encode', str)
    errors = _check_errors('utf_16_encode', errors)
    name = {0: 'utf-16', -1: 'utf-16-le'}.get(byteorder, 'utf-16-be')
    return (str.encode(name, errors), len(str))


def utf_16_decode(data, errors=None, final=False):
    data = _as_bytes(data)
    text, used, _ = _ex_decode(2, data, _check_errors('utf_16_decode', errors), 0, final)
    return (text, used)


def utf_32_encode(str, errors=None, byteorder=0):
    _check_str('utf_32_encode', str)
    errors = _check_errors('utf_32_encode', errors)
    name = {0: 'utf-32', -1: 'utf-32-le'}.get(byteorder, 'utf-32-be')
    return (str.encode(name, errors), len(str))


def utf_32_decode(data, errors=None, final=False):
    data = _as_bytes(data)
    text, used, _ = _ex_decode(4, data, _check_errors('utf_32_decode', errors), 0, final)
    return (text, used)


def _sig_encode(input, errors='strict'):
    return (input.encode('utf-8-sig', errors), len(input))


def _sig_decode(input, errors='strict'):
    data = _as_bytes(input)
    skip = 3 if data[:3] == BOM_UTF8 else 0
    text, used = utf_8_decode(data[skip:], errors, True)
    return (text, used + skip)


def _cp1252_encode(input, errors='strict'):
    return (input.encode('cp1252', errors), len(input))


def _cp1252_decode(input, errors='strict'):
    data = _as_bytes(input)
    return (data.decode('cp1252', errors), len(data))


# --- Incremental encoders and decoders of the text codecs ---

def _text_codec(name, encode_fn, decode_fn):
    """The CodecInfo of a text codec whose encoder and decoder keep no state beyond an
    incomplete character (every codec here but those writing a BOM)."""

    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode_fn(input, self.errors)[0]

    class _Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode_fn(input, errors, final)

    class _Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return decode_fn(input, errors, False)

    class _Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return encode_fn(input, errors)

    def decode(input, errors='strict'):
        return decode_fn(input, errors, True)

    if name in ('ascii', 'iso8859-1'):
        # Their decoders need no final flag: CPython's CodecInfo holds them directly.
        decode = decode_fn
    for cls, qual in ((_Encoder, 'IncrementalEncoder'), (_Decoder, 'IncrementalDecoder'),
                      (_Reader, 'StreamReader'), (_Writer, 'StreamWriter')):
        cls.__name__ = cls.__qualname__ = qual
    return CodecInfo(name=name, encode=encode_fn, decode=decode,
                     incrementalencoder=_Encoder, incrementaldecoder=_Decoder,
                     streamreader=_Reader, streamwriter=_Writer)


def _bom_codec(name, width):
    """The CodecInfo of 'utf-16'/'utf-32': the encoder writes the BOM once, the decoder
    reads the byte order from the BOM."""
    ex_decode = utf_16_ex_decode if width == 2 else utf_32_ex_decode
    encode_fn = utf_16_encode if width == 2 else utf_32_encode

    class IncrementalEncoder_(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.started = False

        def encode(self, input, final=False):
            if self.started:
                return encode_fn(input, self.errors, -1 if sys.byteorder == 'little' else 1)[0]
            self.started = True
            return encode_fn(input, self.errors)[0]

        def reset(self):
            self.started = False

        def getstate(self):
            return 0 if self.started else 2

        def setstate(self, state):
            self.started = not state

    class IncrementalDecoder_(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.byteorder = 0

        def _buffer_decode(self, input, errors, final):
            text, used, order = ex_decode(input, errors, self.byteorder, final)
            if self.byteorder == 0:
                if order:
                    self.byteorder = order
                elif used >= width:
                    raise UnicodeError("UTF-%d stream does not start with BOM" % (width * 8))
            return (text, used)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.byteorder = 0

    class _Reader(StreamReader):
        def reset(self):
            StreamReader.reset(self)
            self.byteorder = 0

        def decode(self, input, errors='strict'):
            text, used, order = ex_decode(input, errors, getattr(self, 'byteorder', 0), False)
            if order and not getattr(self, 'byteorder', 0):
                self.byteorder = order
            return (text, used)

    class _Writer(StreamWriter):
        def reset(self):
            self.started = False

        def encode(self, input, errors='strict'):
            # The BOM goes only at the start of the stream.
            if getattr(self, 'started', False):
                return encode_fn(input, errors, -1 if sys.byteorder == 'little' else 1)
            self.started = True
            return encode_fn(input, errors)

    def decode(input, errors='strict'):
        text, used, _ = ex_decode(input, errors, 0, True)
        return (text, used)

    IncrementalEncoder_.__name__ = IncrementalEncoder_.__qualname__ = 'IncrementalEncoder'
    IncrementalDecoder_.__name__ = IncrementalDecoder_.__qualname__ = 'IncrementalDecoder'
    _Reader.__name__ = _Reader.__qualname__ = 'StreamReader'
    _Writer.__name__ = _Writer.__qualname__ = 'StreamWriter'
    return CodecInfo(name=name, encode=encode_fn, decode=decode,
                     incrementalencoder=IncrementalEncoder_,
                     incrementaldecoder=IncrementalDecoder_,
                     streamreader=_Reader, streamwriter=_Writer)


def _sig_codec():
    """'utf-8-sig': a BOM written first, and skipped if present when reading."""

    class IncrementalEncoder_(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = True

        def encode(self, input, final=False):
            if self.first:
                self.first = False
                return BOM_UTF8 + utf_8_encode(input, self.errors)[0]
            return utf_8_encode(input, self.errors)[0]

        def reset(self):
            self.first = True

        def getstate(self):
            return 1 if self.first else 0

        def setstate(self, state):
            self.first = bool(state)

    class IncrementalDecoder_(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.first = True

        def _buffer_decode(self, input, errors, final):
            if self.first:
                if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                    return ('', 0)
                self.first = False
                if input[:3] == BOM_UTF8:
                    text, used = utf_8_decode(input[3:], errors, final)
                    return (text, used + 3)
            return utf_8_decode(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.first = True

    class _Reader(StreamReader):
        def reset(self):
            StreamReader.reset(self)
            self.started = False

        def decode(self, input, errors='strict'):
            if getattr(self, 'started', False):
                return utf_8_decode(input, errors, False)
            if len(input) < 3 and BOM_UTF8.startswith(input):
                return ('', 0)
            self.started = True
            if input[:3] == BOM_UTF8:
                text, used = utf_8_decode(input[3:], errors, False)
                return (text, used + 3)
            return utf_8_decode(input, errors, False)

    class _Writer(StreamWriter):
        def reset(self):
            self.started = False

        def encode(self, input, errors='strict'):
            if getattr(self, 'started', False):
                return utf_8_encode(input, errors)
            self.started = True
            return _sig_encode(input, errors)

    IncrementalEncoder_.__name__ = IncrementalEncoder_.__qualname__ = 'IncrementalEncoder'
    IncrementalDecoder_.__name__ = IncrementalDecoder_.__qualname__ = 'IncrementalDecoder'
    _Reader.__name__ = _Reader.__qualname__ = 'StreamReader'
    _Writer.__name__ = _Writer.__qualname__ = 'StreamWriter'
    _sig_encode.__name__ = _sig_encode.__qualname__ = 'encode'
    _sig_decode.__name__ = _sig_decode.__qualname__ = 'decode'
    return CodecInfo(name='utf-8-sig', encode=_sig_encode, decode=_sig_decode,
                     incrementalencoder=IncrementalEncoder_,
                     incrementaldecoder=IncrementalDecoder_,
                     streamreader=_Reader, streamwriter=_Writer)


# --- The non-text codecs: hex (bytes to bytes) and rot13 (str to str) ---

def hex_encode(input, errors='strict'):
    data = _as_bytes(input)
    return (data.hex().encode('ascii'), len(data))


class Error(ValueError):
    """binascii.Error: what the 'hex' codec raises for bad input."""


Error.__module__ = 'binascii'


def hex_decode(input, errors='strict'):
    data = _as_bytes(input)
    if len(data) % 2:
        raise Error("Odd-length string")
    if any(c not in b'0123456789abcdefABCDEF' for c in data):
        raise Error("Non-hexadecimal digit found")
    return (bytes.fromhex(data.decode('ascii')), len(data))


_ROT13 = str.maketrans(
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
    'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def _rot13(input, errors='strict'):
    return (str.translate(input, _ROT13), len(input))


def _rot13_decode(input, errors='strict'):
    return (str.translate(input, _ROT13), len(input))


def _binary_codec(name, encode_fn, decode_fn):
    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode_fn(input, self.errors)[0]

    class _Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode_fn(input, self.errors)[0]

    class _Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return decode_fn(input, errors)

    class _Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return encode_fn(input, errors)

    for cls, qual in ((_Encoder, 'IncrementalEncoder'), (_Decoder, 'IncrementalDecoder'),
                      (_Reader, 'StreamReader'), (_Writer, 'StreamWriter')):
        cls.__name__ = cls.__qualname__ = qual
    return CodecInfo(name=name, encode=encode_fn, decode=decode_fn,
                     incrementalencoder=_Encoder, incrementaldecoder=_Decoder,
                     streamreader=_Reader, streamwriter=_Writer,
                     _is_text_encoding=False)


def _normalize(name):
    """CPython's encodings.normalize_encoding, lowercased."""
    out = []
    pending = False
    for c in name:
        if c.isalnum() or c == '.':
            if pending and out:
                out.append('_')
            out.append(c.lower())
            pending = False
        else:
            pending = True
    return ''.join(out)


_BINARY = {'hex': 'hex', 'hex_codec': 'hex', 'rot13': 'rot13', 'rot_13': 'rot13'}

_cache = {}
_search_functions = []


def _builtin_lookup(name):
    norm = _normalize(name)
    kind = _BINARY.get(norm)
    if kind == 'hex':
        hex_encode.__name__ = 'hex_encode'
        return _binary_codec('hex', hex_encode, hex_decode)
    if kind == 'rot13':
        _rot13.__name__ = _rot13.__qualname__ = 'encode'
        _rot13_decode.__name__ = _rot13_decode.__qualname__ = 'decode'
        return _binary_codec('rot-13', _rot13, _rot13_decode)
    canonical = _codecs._canonical_name(name)
    if canonical is None:
        return None
    if canonical in ('utf-16', 'utf-32'):
        return _bom_codec(canonical, 2 if canonical == 'utf-16' else 4)
    if canonical == 'utf-8-sig':
        return _sig_codec()
    if canonical == 'cp1252':
        _cp1252_encode.__name__ = _cp1252_encode.__qualname__ = 'encode'
        return _text_codec('cp1252', _cp1252_encode,
                           lambda input, errors='strict', final=False:
                           _cp1252_decode(input, errors))
    module_name = {'iso8859-1': 'latin_1'}.get(canonical, canonical.replace('-', '_'))
    g = globals()
    return _text_codec(canonical, g[module_name + '_encode'], g[module_name + '_decode'])


def register(search_function):
    """Registers a search function: called with a normalized encoding name, it returns
    a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Removes a search function (and empties the lookup cache)."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def lookup(encoding):
    """The CodecInfo for `encoding`, or LookupError."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = encoding.replace(' ', '_').lower()
    if key in _cache:
        return _cache[key]
    for f in _search_functions:
        info = f(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            break
    else:
        info = _builtin_lookup(encoding)
        if info is None:
            raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


def _check_encoding_arg(fname, encoding, errors):
    if not isinstance(encoding, str):
        raise TypeError("%s() argument 'encoding' must be str, not %s"
                        % (fname, 'None' if encoding is None else type(encoding).__name__))
    if not isinstance(errors, str):
        raise TypeError("%s() argument 'errors' must be str, not %s"
                        % (fname, 'None' if errors is None else type(errors).__name__))


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj with the codec registered for encoding."""
    _check_encoding_arg('encode', encoding, errors)
    result = lookup(encoding).encode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj with the codec registered for encoding."""
    _check_encoding_arg('decode', encoding, errors)
    result = lookup(encoding).decode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


# In CPython these two are _codecs' functions: pickle refers to them by that name.
encode.__module__ = decode.__module__ = '_codecs'
_codecs.encode = encode
_codecs.decode = decode


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encodes the strs of iterator one by one, yielding the non-empty results."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decodes the bytes of iterator one by one, yielding the non-empty results."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


# --- Streams ---

class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        while chars < 0 or len(self.charbuffer) < chars:
            data = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + data
            if not data:
                break
            text, used = self.decode(data, self.errors)
            self.bytebuffer = data[used:]
            self.charbuffer += text
            if size < 0 or not data[used:] and not text and not self.bytebuffer:
                break
            if not text:
                more = self.stream.read(1)
                if not more:
                    break
                self.bytebuffer += more
        if self.bytebuffer and (chars < 0 or len(self.charbuffer) < chars):
            text, used = self.decode(self.bytebuffer, self.errors)
            self.charbuffer += text
        if chars < 0:
            result, self.charbuffer = self.charbuffer, ""
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if '\n' not in self.charbuffer:
            self.charbuffer += self.read()
        lines = self.charbuffer.splitlines(True)
        if not lines:
            return ""
        line = lines[0]
        self.charbuffer = self.charbuffer[len(line):]
        return line if keepends else line.splitlines(False)[0]

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        raise NotImplementedError("codecs.StreamRecoder is not supported by Taipan")


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Opens an encoded file (in binary mode underneath, as CPython does)."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError("codecs.EncodedFile is not supported by Taipan")


# --- Error handlers ---

def _handler_type_error(exc):
    return TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    raise _handler_type_error(exc)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise _handler_type_error(exc)


def _escape_char(c):
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return (''.join(_escape_char(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise _handler_type_error(exc)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise _handler_type_error(exc)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        raise NotImplementedError("Taipan does not support the 'namereplace' error handler yet")
    raise _handler_type_error(exc)


_builtin_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'backslashreplace': backslashreplace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'namereplace': namereplace_errors,
}
for _f in _builtin_handlers.values():
    _f.__qualname__ = _f.__name__
del _f


def register_error(name, handler):
    """Registers an error handler for str.encode/bytes.decode's errors argument."""
    if not isinstance(name, str):
        raise TypeError("register_error() argument 1 must be str, not %s"
                        % type(name).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _codecs._registry[name] = handler


def lookup_error(name):
    """The error handler registered under name, or LookupError."""
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    if name in _codecs._registry:
        return _codecs._registry[name]
    if name in _builtin_handlers:
        return _builtin_handlers[name]
    raise LookupError("unknown error handler name '%s'" % name)


# The classes print as the codecs module's, where they are used from.
for _v in list(globals().values()):
    if isinstance(_v, type) and _v.__module__ == __name__:
        _v.__module__ = 'codecs'
del _v
