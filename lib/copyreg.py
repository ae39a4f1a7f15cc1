"""Helper to provide extensibility for pickle.

This is only useful to add pickle support for extension types defined in C, not
for instances of user-defined classes.

Taipan's copyreg, written for Taipan from CPython 3.12's documented behaviour:
the reduction registry used by copy and pickle, the reconstructors
object.__reduce_ex__ names in what it returns (__newobj__, __newobj_ex__,
_reconstructor), and the extension-code registry of pickle protocol 2.
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function

    # The constructor is only checked (pickle protocol 0 used to register it).
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


# complex has no __reduce__ of its own: it is reduced to complex(real, imag).

def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


# What object.__reduce_ex__ returns for protocols 0 and 1 rebuilds the object
# from its first builtin base: base.__new__(cls, state), then base.__init__.

def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    # The first builtin class along the MRO is the layout to rebuild.
    for base in cls.__mro__:
        if not base.__flags__ & _HEAPTYPE:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if (type(self).__getstate__ is object.__getstate__ and
                getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    else:
        return _reconstructor, args


# What object.__reduce_ex__ returns for protocol 2 and up rebuilds the object
# with cls.__new__.

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4 for keyword arguments to __new__."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (without __dict__ and
    __weakref__, private names mangled), remembered as cls.__slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names

    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = c.__name__.lstrip('_')
                    if stripped:
                        name = '_%s%s' % (stripped, name)
                names.append(name)

    try:
        cls.__slotnames__ = names
    except:
        pass  # a builtin class cannot take the attribute
    return names


# The extension registry of pickle protocol 2: (module, name) <-> code. Codes
# 1-127 are reserved for Python itself, 128-191 for third parties, 192-239 for
# private use, 240-255 are reserved.

_extension_registry = {}                # (module, name) -> code
_inverted_registry = {}                 # code -> (module, name)
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return  # already registered as this
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
