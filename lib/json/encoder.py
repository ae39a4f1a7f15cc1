"""JSON encoding: JSONEncoder and the string escapers."""

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i

# str.translate tables: ensure_ascii also escapes DEL, which is outside the
# printable ASCII range ' '..'~'.
_TRANS = {ord(k): v for k, v in ESCAPE_DCT.items()}
_TRANS_ASCII = dict(_TRANS)
_TRANS_ASCII[0x7f] = '\\u007f'

INFINITY = float('inf')


def py_encode_basestring(s):
    """Return a JSON representation of a Python string."""
    return '"' + s.translate(_TRANS) + '"'


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    if s.isascii():
        return '"' + s.translate(_TRANS_ASCII) + '"'
    out = []
    for c in s:
        n = ord(c)
        if n < 0x80:
            out.append(_TRANS_ASCII.get(n, c))
        elif n < 0x10000:
            out.append('\\u{0:04x}'.format(n))
        else:
            n -= 0x10000
            out.append('\\u{0:04x}\\u{1:04x}'.format(
                0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dict -> object, list/tuple -> array, str -> string, int/float (and
    their subclasses) -> number, True/False -> true/false, None -> null.
    Subclasses override default() to serialize other objects.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON string for the Python object o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding its JSON representation piece by piece."""
        markers = {} if self.check_circular else None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring

        def floatstr(o, allow_nan=self.allow_nan, _repr=float.__repr__,
                     _inf=INFINITY, _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                raise ValueError(
                    'Out of range float values are not JSON compliant: '
                    + repr(o))
            return text

        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if _one_shot and c_make_encoder is not None:
            # Taipan's _json indents too (given the per-level str).
            _iterencode = c_make_encoder(
                markers, self.default, _encoder, indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
            return _iterencode(o, 0)
        if _one_shot:
            # A list of chunks built by plain recursion: much cheaper than
            # nested generators when nobody consumes the pieces lazily.
            return _make_oneshot(
                markers, self.default, _encoder, indent, floatstr,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys)(o)
        _iterencode = _make_iterencode(
            markers, self.default, _encoder, indent, floatstr,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys)
        return _iterencode(o, 0)


def _key_text(key, floatstr, skipkeys):
    """The JSON text for a dict key, or None to skip it."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return floatstr(key)
    if key is True:
        return 'true'
    if key is False:
        return 'false'
    if key is None:
        return 'null'
    if isinstance(key, int):
        return int.__repr__(key)
    if skipkeys:
        return None
    raise TypeError(f'keys must be str, int, float, bool or None, '
                    f'not {key.__class__.__name__}')


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys,
                     ValueError=ValueError, dict=dict, float=float, id=id,
                     int=int, isinstance=isinstance, list=list, str=str,
                     tuple=tuple, _intstr=int.__repr__):

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield '[]'
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError('Circular reference detected')
            markers[markerid] = lst
        buf = '['
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                yield buf + _encoder(value)
            elif value is None:
                yield buf + 'null'
            elif value is True:
                yield buf + 'true'
            elif value is False:
                yield buf + 'false'
            elif isinstance(value, int):
                yield buf + _intstr(value)
            elif isinstance(value, float):
                yield buf + _floatstr(value)
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield ']'
        if markers is not None:
            del markers[markerid]

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield '{}'
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError('Circular reference detected')
            markers[markerid] = dct
        yield '{'
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            key = _key_text(key, _floatstr, _skipkeys)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
            elif value is None:
                yield 'null'
            elif value is True:
                yield 'true'
            elif value is False:
                yield 'false'
            elif isinstance(value, int):
                yield _intstr(value)
            elif isinstance(value, float):
                yield _floatstr(value)
            else:
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield '}'
        if markers is not None:
            del markers[markerid]

    def _iterencode(o, _current_indent_level):
        if isinstance(o, str):
            yield _encoder(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            yield _intstr(o)
        elif isinstance(o, float):
            yield _floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, _current_indent_level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, _current_indent_level)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError('Circular reference detected')
                markers[markerid] = o
            o = _default(o)
            yield from _iterencode(o, _current_indent_level)
            if markers is not None:
                del markers[markerid]

    return _iterencode


def _make_oneshot(markers, _default, _encoder, _indent, _floatstr,
                  _key_separator, _item_separator, _sort_keys, _skipkeys,
                  ValueError=ValueError, dict=dict, float=float, id=id,
                  int=int, isinstance=isinstance, list=list, str=str,
                  tuple=tuple, _intstr=int.__repr__):
    """encode()'s fast path: the same output as _make_iterencode, built into
    one list of chunks."""
    out = []
    emit = out.append

    def enc_value(o, level):
        if isinstance(o, str):
            emit(_encoder(o))
        elif o is None:
            emit('null')
        elif o is True:
            emit('true')
        elif o is False:
            emit('false')
        elif isinstance(o, int):
            emit(_intstr(o))
        elif isinstance(o, float):
            emit(_floatstr(o))
        elif isinstance(o, (list, tuple)):
            enc_list(o, level)
        elif isinstance(o, dict):
            enc_dict(o, level)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError('Circular reference detected')
                markers[markerid] = o
            enc_value(_default(o), level)
            if markers is not None:
                del markers[markerid]

    def enc_list(lst, level):
        if not lst:
            emit('[]')
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError('Circular reference detected')
            markers[markerid] = lst
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            separator = _item_separator + newline_indent
            emit('[' + newline_indent)
        else:
            newline_indent = None
            separator = _item_separator
            emit('[')
        first = True
        for value in lst:
            if first:
                first = False
            else:
                emit(separator)
            if isinstance(value, str):
                emit(_encoder(value))
            elif value is None:
                emit('null')
            elif value is True:
                emit('true')
            elif value is False:
                emit('false')
            elif isinstance(value, int):
                emit(_intstr(value))
            elif isinstance(value, float):
                emit(_floatstr(value))
            else:
                enc_value(value, level)
        if newline_indent is not None:
            emit('\n' + _indent * (level - 1))
        emit(']')
        if markers is not None:
            del markers[markerid]

    def enc_dict(dct, level):
        if not dct:
            emit('{}')
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError('Circular reference detected')
            markers[markerid] = dct
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            item_separator = _item_separator + newline_indent
            emit('{' + newline_indent)
        else:
            newline_indent = None
            item_separator = _item_separator
            emit('{')
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            if not isinstance(key, str):
                key = _key_text(key, _floatstr, _skipkeys)
                if key is None:
                    continue
            if first:
                first = False
            else:
                emit(item_separator)
            emit(_encoder(key))
            emit(_key_separator)
            if isinstance(value, str):
                emit(_encoder(value))
            elif value is None:
                emit('null')
            elif value is True:
                emit('true')
            elif value is False:
                emit('false')
            elif isinstance(value, int):
                emit(_intstr(value))
            elif isinstance(value, float):
                emit(_floatstr(value))
            else:
                enc_value(value, level)
        if newline_indent is not None:
            emit('\n' + _indent * (level - 1))
        emit('}')
        if markers is not None:
            del markers[markerid]

    def run(o):
        enc_value(o, 0)
        return out

    return run
