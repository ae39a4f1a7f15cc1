"""JSON decoding: JSONDecoder, JSONDecodeError and the string scanner.

Written for Taipan without regular expressions: strings are cut with
str.find and numbers are matched by hand, which is also what keeps the
pure-Python path usable when the native ``_json`` is absent.
"""

from json import scanner

try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

WHITESPACE_STR = ' \t\n\r'


class JSONDecodeError(ValueError):
    """ValueError subclass carrying where in the document parsing failed.

    msg: the unformatted message; doc: the document; pos: the index of the
    failure; lineno, colno: the line and column of pos (both 1-based).
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_SIMPLE_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEX = frozenset('0123456789abcdefABCDEF')


def _skip_ws(s, end):
    """The first index at or after end that is not JSON whitespace."""
    n = len(s)
    while end < n and s[end] in WHITESPACE_STR:
        end += 1
    return end


def _hex4(s, pos):
    """The code unit of the 4 hex digits at s[pos:pos+4], or -1."""
    esc = s[pos:pos + 4]
    if len(esc) != 4:
        return -1
    for c in esc:
        if c not in _HEX:
            return -1
    return int(esc, 16)


def py_scanstring(s, end, strict=True):
    """Scan the JSON string whose opening quote is at s[end - 1].

    Returns (decoded str, index after the closing quote).  With strict,
    control characters (below U+0020) inside the string are errors.
    """
    begin = end - 1
    n = len(s)
    chunks = []
    append = chunks.append
    lone = -1
    while True:
        q = s.find('"', end)
        if q < 0:
            q = n
        b = s.find('\\', end, q)
        stop = q if b < 0 else b
        if stop > end:
            seg = s[end:stop]
            # min() finds a control character without a Python-level loop
            # over the ordinary ones.
            if strict and min(seg) < ' ':
                for i, c in enumerate(seg):
                    if c < ' ':
                        # CPython's pure-Python wording and position (just
                        # past the character); _json says it as C does.
                        raise JSONDecodeError(
                            'Invalid control character {0!r} at'.format(c),
                            s, end + i + 1)
            append(seg)
        if b < 0:
            if q >= n:
                raise JSONDecodeError('Unterminated string starting at',
                                      s, begin)
            if lone >= 0:
                raise NotImplementedError(
                    'json: lone surrogate escape \\u%04x (str cannot hold '
                    'surrogates in Taipan)' % lone)
            return ''.join(chunks), q + 1
        if b + 1 >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[b + 1]
        if esc != 'u':
            try:
                append(_SIMPLE_ESCAPES[esc])
            except KeyError:
                raise JSONDecodeError('Invalid \\escape: {0!r}'.format(esc),
                                      s, b + 1) from None
            end = b + 2
            continue
        uni = _hex4(s, b + 2)
        if uni < 0:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, b + 1)
        end = b + 6
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            uni2 = _hex4(s, end + 2)
            if uni2 < 0:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        if 0xd800 <= uni <= 0xdfff:
            # Taipan's str holds Unicode scalar values only; report it once
            # the string is known to be otherwise well formed.
            if lone < 0:
                lone = uni
            continue
        append(chr(uni))


scanstring = c_scanstring or py_scanstring


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None):
    """Parse the members of an object whose '{' is just before end."""
    s, end = s_and_end
    pairs = []
    pairs_append = pairs.append
    if memo is None:
        memo = {}
    memo_get = memo.setdefault
    end = _skip_ws(s, end)
    nextchar = s[end:end + 1]
    if nextchar != '"':
        if nextchar == '}':
            if object_pairs_hook is not None:
                return object_pairs_hook(pairs), end + 1
            pairs = {}
            if object_hook is not None:
                pairs = object_hook(pairs)
            return pairs, end + 1
        raise JSONDecodeError(
            'Expecting property name enclosed in double quotes', s, end)
    end += 1
    while True:
        key, end = scanstring(s, end, strict)
        key = memo_get(key, key)
        if s[end:end + 1] != ':':
            end = _skip_ws(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
        end = _skip_ws(s, end + 1)
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        pairs_append((key, value))
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == '}':
            break
        if nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar != '"':
            raise JSONDecodeError(
                'Expecting property name enclosed in double quotes',
                s, end - 1)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    pairs = dict(pairs)
    if object_hook is not None:
        pairs = object_hook(pairs)
    return pairs, end


def JSONArray(s_and_end, scan_once):
    """Parse the elements of an array whose '[' is just before end."""
    s, end = s_and_end
    values = []
    end = _skip_ws(s, end)
    if s[end:end + 1] == ']':
        return values, end + 1
    append = values.append
    while True:
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        append(value)
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == ']':
            break
        if nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _skip_ws(s, end)
    return values, end


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    Decodes objects to dict, arrays to list, strings to str, numbers to
    int or float, true/false to True/False and null to None; NaN, Infinity
    and -Infinity are accepted as their float values.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python object represented by the JSON document s."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON value starting at s[idx].

        Returns (object, index where the value ended); trailing data is
        allowed.
        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end
