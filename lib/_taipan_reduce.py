"""object.__reduce_ex__ and object.__reduce__ for Taipan.

What CPython's object.__reduce_ex__(protocol) returns for an object whose
class defines no reduction of its own: a callable making a new object from
cls.__new__, the instance __dict__ and __slots__ values, and the list and dict
items.  Taipan's object.__reduce_ex__ / __reduce__ call object_reduce_ex /
object_reduce here; Taipan's copy module uses the same code.  (CPython's
protocols 0 and 1 reduce through copyreg._reconstructor; here every protocol
gets the protocol-2 form, which copy and pickle both accept.)
"""


def object_reduce_ex(x, protocol, /):
    cls = type(x)
    # A class's own __reduce__ wins over object's default, as in CPython.
    if getattr(cls, '__reduce__', None) is not object.__reduce__:
        return x.__reduce__()
    return _reduce_newobj(x, cls)


def object_reduce(x, /):
    return _reduce_newobj(x, type(x))


# Builtin types whose instances (and subclasses' instances) object.__reduce_ex__
# rebuilds, with the arguments their __new__ needs.
_value_types = (int, float, complex, str, bytes, tuple, frozenset)


_native_new = type(len)


def _builtin_base(cls):
    """The builtin or native class a class's instances are laid out as (a native
    module's class is one whose own __new__ is a builtin function)."""
    for base in cls.__mro__:
        if base.__module__ == 'builtins':
            return base
        if type(base.__dict__.get('__new__')) is _native_new:
            return base
    return object


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The __slots__ names of cls and its bases (private names mangled)."""
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _getstate(x, cls):
    """object.__getstate__(): the instance __dict__ (None if empty), paired with
    the values of the set __slots__ if there are any."""
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        return getstate()
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    names = _slotnames(cls)
    if names:
        if state:
            state = {k: v for k, v in state.items() if k not in names}
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            return (state or None, slots)
    return state or None


def _reduce_newobj(x, cls):
    """object.__reduce_ex__(4) for an object whose class defines no reduction."""
    if isinstance(x, BaseException):
        state = x.__dict__
        if state:
            return (cls, x.args, state)
        return (cls, x.args)
    base = _builtin_base(cls)
    if base is slice:
        return (slice, (x.start, x.stop, x.step))
    if base is not object and base not in _value_types \
            and base not in (list, dict, set):
        name = base.__qualname__
        if base.__module__ != 'builtins':
            name = f"{base.__module__}.{name}"
        raise TypeError(f"cannot pickle {name!r} object")
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
        elif base in _value_types:
            args = (base(x),)
        else:
            args = ()
        kwargs = None
    state = _getstate(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if base is set or base is frozenset:
        # set.__reduce__ and frozenset.__reduce__: (cls, (list(x),), state)
        return (cls, (list(x),), state)
    if kwargs:
        return (__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (__newobj__, (cls,) + tuple(args), state, listitems, dictitems)
