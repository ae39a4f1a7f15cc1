"""Common string constants, capwords, Template strings and Formatter.

Taipan's string module.  ``Template`` scans for placeholders by hand (no
``re``); ``Formatter.parse`` / ``Formatter.get_field`` use ``_string``'s
format-string parsers, as CPython's do.

Differences from CPython:

* ``Template`` has no compiled ``pattern`` attribute.  A subclass may change
  ``delimiter``, but overriding ``pattern``, ``idpattern``,
  ``braceidpattern`` or ``flags`` (all regular expression matters) raises
  NotImplementedError when the subclass is created.
* The delimiter is matched case-sensitively (CPython's pattern is
  case-insensitive, which only matters for a delimiter containing letters).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

from _string import formatter_parser as _formatter_parser
from _string import formatter_field_name_split as _formatter_field_name_split

# ---------------------------------------------------------------------------
# Constants

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    words = [word.capitalize() for word in s.split(sep)]
    return (sep or ' ').join(words)


# ---------------------------------------------------------------------------
# Template

_IDENT_START = frozenset(ascii_letters + '_')
_IDENT_CHARS = frozenset(ascii_letters + digits + '_')

_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_RE_IGNORECASE = 2          # the value of re.IGNORECASE


def _identifier_end(text, pos):
    """Index just past the ASCII identifier starting at *pos* (== pos if none)."""
    n = len(text)
    if pos >= n or text[pos] not in _IDENT_START:
        return pos
    pos += 1
    while pos < n and text[pos] in _IDENT_CHARS:
        pos += 1
    return pos


class _Placeholder:
    """One delimiter occurrence found in a template.

    kind is 'escaped', 'named', 'braced' or 'invalid'; [start, end) is the
    text it covers; name is the identifier (named and braced only); after is
    the index just past the delimiter (used for error positions).
    """
    __slots__ = ('kind', 'start', 'end', 'name', 'after')

    def __init__(self, kind, start, end, name, after):
        self.kind = kind
        self.start = start
        self.end = end
        self.name = name
        self.after = after


class _SentinelDict(dict):
    pass


_sentinel_dict = _SentinelDict()


class _ChainLookup:
    """Look keys up in *first*, then in *second* (a minimal ChainMap)."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            pass
        try:
            return self.second[key]
        except KeyError:
            raise KeyError(key) from None


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _RE_IGNORECASE

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for attr in ('idpattern', 'braceidpattern', 'flags'):
            if getattr(cls, attr) != getattr(Template, attr):
                raise NotImplementedError(
                    f"string.Template subclasses cannot override {attr!r} "
                    "in Taipan (no regular expressions)")
        if 'pattern' in cls.__dict__:
            raise NotImplementedError(
                "string.Template subclasses cannot override 'pattern' "
                "in Taipan (no regular expressions)")
        if not isinstance(cls.delimiter, str) or not cls.delimiter:
            raise ValueError("Template.delimiter must be a non-empty string")

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """Yield a _Placeholder for each delimiter in the template, left to
        right, the way CPython's pattern would match them."""
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        pos = 0
        while True:
            start = text.find(delim, pos)
            if start < 0:
                return
            after = start + dlen
            if text.startswith(delim, after):
                ph = _Placeholder('escaped', start, after + dlen, None, after)
            else:
                end = _identifier_end(text, after)
                if end > after:
                    ph = _Placeholder('named', start, end, text[after:end], after)
                else:
                    ph = None
                    if text.startswith('{', after):
                        end = _identifier_end(text, after + 1)
                        if end > after + 1 and text.startswith('}', end):
                            ph = _Placeholder('braced', start, end + 1,
                                              text[after + 1:end], after)
                    if ph is None:
                        ph = _Placeholder('invalid', start, after, None, after)
            yield ph
            pos = ph.end

    def _invalid(self, ph):
        index = ph.after
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - sum(len(line) for line in lines[:-1])
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _expand(self, mapping, safe):
        text = self.template
        parts = []
        pos = 0
        for ph in self._placeholders():
            parts.append(text[pos:ph.start])
            pos = ph.end
            kind = ph.kind
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(ph)
                parts.append(text[ph.start:ph.end])
            elif safe:
                try:
                    parts.append('%s' % (mapping[ph.name],))
                except KeyError:
                    parts.append(text[ph.start:ph.end])
            else:
                parts.append('%s' % (mapping[ph.name],))
        parts.append(text[pos:])
        return ''.join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        return self._expand(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        return self._expand(mapping, True)

    def is_valid(self):
        for ph in self._placeholders():
            if ph.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for ph in self._placeholders():
            if ph.name is not None and ph.name not in ids:
                ids.append(ph.name)
        return ids


# ---------------------------------------------------------------------------
# Formatter

class Formatter:
    """The machinery of str.format(), as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index is the next automatic field number, or False once
        # a field has been numbered explicitly.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec,
        conversion) tuples; field_name is None when there is no field after
        the literal text, and conversion is None when there is none."""
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """Return (object, first part of field_name) for a field name such
        as '0.attr[key]'."""
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
