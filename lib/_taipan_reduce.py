"""object.__reduce_ex__, object.__reduce__ and object.__getstate__ for Taipan
(the VM's object methods call these), with CPython 3.12's results: protocols 0
and 1 go through copyreg._reduce_ex, protocol 2 and up rebuild the object with
copyreg.__newobj__ (or __newobj_ex__) from __getnewargs_ex__/__getnewargs__,
plus the state, the list items and the dict items.

The builtin types whose CPython class has a __reduce__ of its own (set,
frozenset, bytearray, slice, range, the exceptions) are reduced here too, as
those methods would.
"""

import copyreg

_object_reduce = object.__dict__['__reduce__']
_object_getstate = object.__dict__['__getstate__']

# Builtin layouts whose instances hold nothing beyond what __getnewargs__ (or
# the list and dict items) give back: anything else cannot be rebuilt.
_rebuildable = (object, list, dict, set, frozenset, int, float, complex, str,
                bytes, tuple, bytearray, BaseException, slice, range,
                type(None), type(...), type(NotImplemented))

_native_new = type(len)


def _layout(cls):
    """The builtin (or native module) class the instances of cls are laid out
    as: the first class along the MRO that is not a heap type."""
    for base in cls.__mro__:
        if not base.__flags__ & copyreg._HEAPTYPE:
            return base
        if type(base.__dict__.get('__new__')) is _native_new:
            return base
    return object


def _tp_name(cls):
    module = cls.__module__
    if module == 'builtins' or cls.__flags__ & copyreg._HEAPTYPE:
        return cls.__name__
    return f"{module}.{cls.__qualname__}"


def own_reduce(obj):
    """set.__reduce__() and the other builtin classes' own reductions."""
    if isinstance(obj, bytearray):
        return bytearray_reduce(obj, 0)
    return _own_reduce(obj)


def exc_setstate(obj, state):
    """BaseException.__setstate__: a dict state sets the attributes."""
    if state is not None:
        if not isinstance(state, dict):
            raise TypeError("state is not a dictionary")
        for name, value in state.items():
            setattr(obj, name, value)


def _own_reduce(obj):
    """What the __reduce__ of obj's builtin class returns, for the builtin
    classes whose CPython version defines one; None for the others."""
    if obj is ... or obj is NotImplemented:
        return 'Ellipsis' if obj is ... else 'NotImplemented'
    if isinstance(obj, BaseException):
        state = getattr(obj, '__dict__', None)
        if state:
            return (type(obj), obj.args, state)
        return (type(obj), obj.args)
    if isinstance(obj, (set, frozenset)):
        return (type(obj), (list(obj),), _getstate(obj, False))
    if type(obj) is slice:
        return (slice, (obj.start, obj.stop, obj.step))
    if type(obj) is range:
        return (range, (obj.start, obj.stop, obj.step))
    return None


def bytearray_reduce(obj, proto):
    state = _getstate(obj, False)
    if proto < 3:
        return (type(obj), (bytes(obj).decode('latin-1'), 'latin-1'), state)
    return (type(obj), (bytes(obj),), state)


def reduce_ex(obj, proto):
    cls = type(obj)
    reduce = getattr(obj, '__reduce__', None)
    if reduce is not None and getattr(cls, '__reduce__') is not _object_reduce:
        return reduce()
    if isinstance(obj, bytearray):
        return bytearray_reduce(obj, proto)
    own = _own_reduce(obj)
    if own is not None:
        return own
    if proto >= 2:
        return _reduce_newobj(obj, cls)
    return copyreg._reduce_ex(obj, proto)


def reduce(obj):
    if isinstance(obj, bytearray):
        return bytearray_reduce(obj, 0)
    own = _own_reduce(obj)
    if own is not None:
        return own
    return copyreg._reduce_ex(obj, 0)


def _reduce_newobj(obj, cls):
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    kwargs = None
    if getnewargs_ex is not None:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of "
                             "length 2, not %d" % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                                % type(args).__name__)
        else:
            args = None
    hasargs = args is not None
    if args is None:
        args = ()
    if kwargs:
        func, newargs = copyreg.__newobj_ex__, (cls, args, kwargs)
    else:
        func, newargs = copyreg.__newobj__, (cls,) + args
    required = not hasargs and not isinstance(obj, (list, dict))
    state = _getstate(obj, required)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (func, newargs, state, listitems, dictitems)


def _getstate(obj, required):
    """obj.__getstate__(), or object's default when the class keeps it."""
    getstate_method = getattr(obj, '__getstate__')
    if getattr(type(obj), '__getstate__', None) is _object_getstate:
        return _default_state(obj, required)
    return getstate_method()


def getstate(obj):
    return _default_state(obj, False)


def _default_state(obj, required):
    cls = type(obj)
    if required:
        layout = _layout(cls)
        if layout not in _rebuildable or layout in (int, float, complex, str,
                                                    bytes, tuple):
            raise TypeError(f"cannot pickle {_tp_name(cls)!r} object")
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    names = copyreg._slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state
