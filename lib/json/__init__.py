"""JSON (JavaScript Object Notation) <https://json.org> encoder and decoder.

dumps()/dump() serialize Python objects to JSON text; loads()/load() parse
JSON text back.  JSONEncoder and JSONDecoder may be subclassed (pass them
as cls=) to customise either direction.
"""
__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__author__ = 'Bob Ippolito <bob@redivi.com>'

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder(
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    indent=None,
    separators=None,
    default=None,
)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting
    file-like object); the options are those of dumps()."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan,
                       indent=indent, separators=separators,
                       default=default, sort_keys=sort_keys,
                       **kw).iterencode(obj)
    # Chunks are written as they are produced, as CPython does, so a failure
    # part-way leaves the earlier output in fp.
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str.

    skipkeys: skip dict keys that are not str/int/float/bool/None instead of
    raising TypeError; ensure_ascii: escape non-ASCII characters;
    check_circular: detect reference cycles (ValueError); allow_nan: emit
    NaN/Infinity rather than raising ValueError; indent: pretty-print with
    this many spaces (or this string) per level; separators: an
    (item_separator, key_separator) pair; default: called for objects that
    can't otherwise be serialized; sort_keys: sort dicts by key.
    """
    if (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)


try:
    _BYTES_TYPES = (bytes, bytearray)
except NameError:
    # bytearray is not yet a builtin everywhere in Taipan.
    _BYTES_TYPES = (bytes,)

_default_decoder = JSONDecoder(object_hook=None, object_pairs_hook=None)


def detect_encoding(b):
    """The encoding of JSON bytes b, from a BOM or the pattern of zero bytes
    in the first characters (JSON text starts with ASCII)."""
    head = b[:4]
    if head in (b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00'):
        return 'utf-32'
    if head[:2] in (b'\xff\xfe', b'\xfe\xff'):
        return 'utf-16'
    if head[:3] == b'\xef\xbb\xbf':
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting file-like object holding a JSON
    document) to a Python object; the options are those of loads()."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document) to a
    Python object.

    object_hook is called with every decoded dict and its result used
    instead; object_pairs_hook likewise with the list of (key, value) pairs
    (and wins over object_hook); parse_float/parse_int are called with the
    text of every float/int; parse_constant with '-Infinity', 'Infinity' or
    'NaN'; cls names a JSONDecoder subclass.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)',
                                  s, 0)
    else:
        if not isinstance(s, _BYTES_TYPES):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')

    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
