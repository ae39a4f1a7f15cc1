#
# Taipan's re module: CPython 3.12's public interface over the native engine `_sre`
# (crates/taipan-vm/src/modules/sre/), which parses, compiles and matches patterns.
# Without an `enum` module, RegexFlag is an int subclass written here whose repr,
# str and operators behave as CPython's IntFlag-based RegexFlag.
#

r"""Support for regular expressions (RE).

This module provides regular expression matching operations similar to
those found in Perl.  It supports both 8-bit and Unicode strings; both
the pattern and the strings being processed can contain null bytes and
characters outside the US ASCII range.

This module exports the following functions:
    match     Match a regular expression pattern to the beginning of a string.
    fullmatch Match a regular expression pattern to all of a string.
    search    Search a string for the presence of a pattern.
    sub       Substitute occurrences of a pattern found in a string.
    subn      Same as sub, but also return the number of substitutions made.
    split     Split a string by the occurrences of a pattern.
    findall   Find all occurrences of a pattern in a string.
    finditer  Return an iterator yielding a Match object for each match.
    compile   Compile a pattern into a Pattern object.
    purge     Clear the regular expression cache.
    escape    Backslash all non-alphanumerics in a string.

This module also defines an exception 'error'.
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag", "template",
]

__version__ = "2.2.1"


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            # (Taipan's bytes has no methods yet: count in the Latin-1 text.)
            text = pattern if isinstance(pattern, str) else _sre._latin1_decode(pattern)
            self.lineno = text.count('\n', 0, pos) + 1
            self.colno = pos - text.rfind('\n', 0, pos)
            if '\n' in text:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


# Pattern.groupindex is a read-only mappingproxy, as in CPython.
from types import MappingProxyType as _MappingProxyType
_sre._set_error(error, _MappingProxyType)

# --------------------------------------------------------------------
# flags

# (name, value) in CPython's definition order, which is the order reprs list them in.
_FLAG_MEMBERS = (
    ('NOFLAG', 0),
    ('ASCII', 256),
    ('IGNORECASE', 2),
    ('LOCALE', 4),
    ('UNICODE', 32),
    ('MULTILINE', 8),
    ('DOTALL', 16),
    ('VERBOSE', 64),
    ('TEMPLATE', 1),
    ('DEBUG', 128),
)
_FLAG_ALIASES = {'A': 'ASCII', 'I': 'IGNORECASE', 'L': 'LOCALE', 'U': 'UNICODE',
                 'M': 'MULTILINE', 'S': 'DOTALL', 'X': 'VERBOSE', 'T': 'TEMPLATE'}
_ALL_FLAGS = 511


class _FlagType(type):
    def __iter__(cls):
        return iter([cls._member_map_[n] for n, v in _FLAG_MEMBERS if v])

    def __len__(cls):
        return len(_FLAG_MEMBERS) - 1

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __contains__(cls, value):
        return isinstance(value, cls)

    def __repr__(cls):
        return "<flag %r>" % cls.__name__


class RegexFlag(int, metaclass=_FlagType):
    """An enumeration."""

    __slots__ = ()
    _member_map_ = {}
    _value2member_map_ = {}

    def __new__(cls, value=0):
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__name__))
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        names = []
        rest = v
        for n, fv in _FLAG_MEMBERS:
            if fv == v:
                return n
            if fv and fv & v == fv:
                names.append(n)
                rest &= ~fv
        if not names:
            return None
        if rest:
            names.append(hex(rest))
        return '|'.join(names)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        names = []
        rest = v
        for n, fv in _FLAG_MEMBERS:
            if fv and v & fv == fv:
                names.append('re.' + n)
                rest &= ~fv
        if not names:
            return 're.RegexFlag(%d)' % v
        if rest:
            names.append(hex(rest))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return repr(self)
        return format(int(self), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _ALL_FLAGS)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


for _name, _value in _FLAG_MEMBERS:
    _member = int.__new__(RegexFlag, _value)
    RegexFlag._member_map_[_name] = _member
    RegexFlag._value2member_map_[_value] = _member
    setattr(RegexFlag, _name, _member)
    globals()[_name] = _member
for _short, _name in _FLAG_ALIASES.items():
    setattr(RegexFlag, _short, RegexFlag._member_map_[_name])
    globals()[_short] = RegexFlag._member_map_[_name]
del _name, _value, _member, _short

# --------------------------------------------------------------------
# public interface

Pattern = _sre.Pattern
Match = _sre.Match

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    # internal: compile pattern (the cache is keyed by (pattern, flags))
    key = (pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    flags & TEMPLATE  # a TypeError for non-int flags, as in CPython
    p = _sre.compile(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        # Drop the oldest item.
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl.  repl can be either a string or a callable;
    if a string, backslash escapes in it are processed.  If it is
    a callable, it's passed the Match object and must return
    a replacement string to be used."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number).
    new_string is the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in the source
    string by the replacement repl.  number is the number of
    substitutions that were made. repl can be either a string or a
    callable; if a string, backslash escapes in it are processed.
    If it is a callable, it's passed the Match object and must
    return a replacement string to be used."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings.  If
    capturing parentheses are used in pattern, then the text of all
    groups in the pattern are also returned as part of the resulting
    list.  If maxsplit is nonzero, at most maxsplit splits occur,
    and the remainder of the string is returned as the final element
    of the list."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string.

    If one or more capturing groups are present in the pattern, return
    a list of groups; this will be a list of tuples if the pattern
    has more than one group.

    Empty matches are included in the result."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object.

    Empty matches are included in the result."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    # (CPython also issues a DeprecationWarning; Taipan has no warnings module.)
    return _compile(pattern, flags | T)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


# SPECIAL_CHARS
# closing ')', '}' and ']'
# '-' (a range in character set)
# '&', '~', (extended character set operations)
# '#' (comment) and WHITESPACE (ignored) in verbose mode
_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = _sre._latin1_decode(pattern)
        return _sre._latin1_encode(pattern.translate(_special_chars_map))


# --------------------------------------------------------------------
# experimental stuff (see python-dev discussions for details)

class Scanner:
    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        # One alternation of the separately parsed phrases, phrase i in group i + 1
        # (see crates/taipan-vm/src/modules/sre/lexicon.rs).
        self.scanner = _sre._scanner_compile([phrase for phrase, action in lexicon], flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
