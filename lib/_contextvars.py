"""Context variables (CPython's _contextvars module, PEP 567), for Taipan.

A Context maps ContextVars to values; one context is current at a time and
``Context.run`` makes another current for the length of a call.  Contexts
are immutable snapshots as far as their users can tell: ``copy_context``
copies the current mapping, and ``ContextVar.set`` replaces the current
context's mapping with an updated copy.  Taipan has one thread, so a single
"current context" is all the state there is.
"""

from types import GenericAlias as _GenericAlias

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

class Context:
    """A mapping of context variables to their values."""

    __slots__ = ('_data', '_prev', '_entered')

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(
                f"cannot enter context: {self!r} is already entered")
        self._prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None, /):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None

    def __repr__(self):
        return f"<_contextvars.Context object at {hex(id(self))}>"

_current = Context()

_NO_DEFAULT = object()

class ContextVar:
    """A context variable: its value depends on the current context."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError(
            "type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(
                f"get expected at most 1 argument, got {len(args)}")
        data = _current._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value, /):
        data = _current._data
        old = data.get(self, Token.MISSING)
        new = dict(data)
        new[self] = value
        _current._data = new
        return Token(self, old, _current, _key=_TOKEN_KEY)

    def reset(self, token, /):
        if not isinstance(token, Token):
            raise TypeError(
                f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(
                f"{token!r} was created by a different ContextVar")
        if token._ctx is not _current:
            raise ValueError(
                f"{token!r} was created in a different Context")
        new = dict(_current._data)
        if token._old is Token.MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old
        _current._data = new
        token._used = True

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        default = ''
        if self._default is not _NO_DEFAULT:
            default = f" default={self._default!r}"
        return (f"<ContextVar name={self._name!r}{default} "
                f"at {hex(id(self))}>")

_TOKEN_KEY = object()

class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'

class Token:
    """What ContextVar.set returns: reset() undoes that set."""

    __slots__ = ('_var', '_old', '_ctx', '_used')

    MISSING = _Missing()

    def __init__(self, var=None, old=None, ctx=None, *, _key=None):
        if _key is not _TOKEN_KEY:
            raise RuntimeError("Tokens can only be created by ContextVars")
        self._var = var
        self._old = old
        self._ctx = ctx
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __repr__(self):
        used = ' used' if self._used else ''
        return (f"<Token{used} var={self._var!r} at {hex(id(self))}>")

def copy_context():
    """A copy of the current context."""
    return _current.copy()
