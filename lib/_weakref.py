"""Weak references (CPython's C module _weakref), over Taipan's native weak handles."""

import _taipan_weak

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'ReferenceType',
           'ProxyType', 'CallableProxyType', '_remove_dead_weakref']


class ReferenceType:
    __slots__ = ('_handle', '__callback__', '_hash', '__weakref__')

    def __new__(cls, ob, callback=None, /, *args, **kwargs):
        handle = _taipan_weak.new(ob)
        # Without a callback, an existing plain ref to the object is shared (as CPython).
        if callback is None and cls is ReferenceType:
            for r in _taipan_weak.refs(ob):
                if type(r) is ReferenceType and r.__callback__ is None:
                    return r
        self = object.__new__(cls)
        object.__setattr__(self, '_handle', handle)
        object.__setattr__(self, '__callback__', callback)
        object.__setattr__(self, '_hash', None)
        _taipan_weak.register(ob, self)
        return self

    def __init__(self, ob, callback=None, /, *args, **kwargs):
        pass

    def __call__(self):
        return _taipan_weak.get(self._handle)

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError('weak object has gone away')
            object.__setattr__(self, '_hash', hash(ob))
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        ob = self()
        if ob is None:
            return '<weakref at %#x; dead>' % id(self)
        name = getattr(ob, '__name__', None)
        tname = type(ob).__name__
        if isinstance(name, str):
            return '<weakref at %#x; to %r at %#x (%s)>' % (id(self), tname, id(ob), name)
        return '<weakref at %#x; to %r at %#x>' % (id(self), tname, id(ob))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ReferenceType.__module__ = 'weakref'
ref = ReferenceType


def _live(p):
    ob = _taipan_weak.get(object.__getattribute__(p, '_handle'))
    if ob is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return ob


def _unary(name):
    def method(self):
        return getattr(type(_live(self)), name)(_live(self))
    method.__name__ = name
    return method


def _binary(name):
    def method(self, other):
        if isinstance(other, ProxyType):
            other = _live(other)
        return getattr(_live(self), name)(other)
    method.__name__ = name
    return method


class ProxyType:
    __slots__ = ('_handle', '__callback__', '__weakref__')

    def __new__(cls, ob, callback=None):
        self = object.__new__(cls)
        object.__setattr__(self, '_handle', _taipan_weak.new(ob))
        object.__setattr__(self, '__callback__', callback)
        _taipan_weak.register(ob, self)
        return self

    def __getattribute__(self, name):
        return getattr(_live(self), name)

    def __setattr__(self, name, value):
        setattr(_live(self), name, value)

    def __delattr__(self, name):
        delattr(_live(self), name)

    def __repr__(self):
        ob = _live(self)
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(_live(self))

    def __bool__(self):
        return bool(_live(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __eq__(self, other):
        return _live(self) == (_live(other) if isinstance(other, ProxyType) else other)

    def __ne__(self, other):
        return _live(self) != (_live(other) if isinstance(other, ProxyType) else other)

    def __lt__(self, other):
        return _live(self) < (_live(other) if isinstance(other, ProxyType) else other)

    def __le__(self, other):
        return _live(self) <= (_live(other) if isinstance(other, ProxyType) else other)

    def __gt__(self, other):
        return _live(self) > (_live(other) if isinstance(other, ProxyType) else other)

    def __ge__(self, other):
        return _live(self) >= (_live(other) if isinstance(other, ProxyType) else other)

    def __len__(self):
        return len(_live(self))

    def __iter__(self):
        return iter(_live(self))

    def __next__(self):
        return next(_live(self))

    def __contains__(self, item):
        return item in _live(self)

    def __getitem__(self, key):
        return _live(self)[key]

    def __setitem__(self, key, value):
        _live(self)[key] = value

    def __delitem__(self, key):
        del _live(self)[key]

    def __index__(self):
        return _live(self).__index__()

    def __int__(self):
        return int(_live(self))

    def __float__(self):
        return float(_live(self))

    def __bytes__(self):
        return bytes(_live(self))

    def __reversed__(self):
        return reversed(_live(self))

    def __enter__(self):
        return _live(self).__enter__()

    def __exit__(self, *exc):
        return _live(self).__exit__(*exc)


for _name in ('__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__',
              '__pow__', '__lshift__', '__rshift__', '__and__', '__or__', '__xor__',
              '__matmul__', '__radd__', '__rsub__', '__rmul__', '__rtruediv__',
              '__rfloordiv__', '__rmod__', '__rpow__', '__rlshift__', '__rrshift__',
              '__rand__', '__ror__', '__rxor__', '__rmatmul__', '__iadd__', '__isub__',
              '__imul__', '__itruediv__', '__ifloordiv__', '__imod__', '__ipow__',
              '__ilshift__', '__irshift__', '__iand__', '__ior__', '__ixor__',
              '__imatmul__', '__divmod__', '__rdivmod__'):
    setattr(ProxyType, _name, _binary(_name))
for _name in ('__neg__', '__pos__', '__abs__', '__invert__'):
    setattr(ProxyType, _name, _unary(_name))
del _name


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _live(self)(*args, **kwargs)


ProxyType.__module__ = 'weakref'
CallableProxyType.__module__ = 'weakref'


def proxy(ob, callback=None, /):
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)


def getweakrefcount(ob, /):
    return len(_taipan_weak.refs(ob)) if _weakrefable(ob) else 0


def getweakrefs(ob, /):
    return _taipan_weak.refs(ob) if _weakrefable(ob) else []


def _weakrefable(ob):
    try:
        _taipan_weak.new(ob)
    except TypeError:
        return False
    return True


def _remove_dead_weakref(d, key, /):
    """Delete d[key] if its value is a dead weakref (used by WeakValueDictionary)."""
    try:
        wr = d[key]
    except KeyError:
        return
    if wr() is None:
        del d[key]
