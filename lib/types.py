"""Names for the types of built-in objects, and helpers for creating classes.

Taipan's types module.  The type objects are found the only way pure Python
can: by taking ``type()`` of a sample object of each kind.  ``SimpleNamespace``
and ``MappingProxyType`` are written here in Python because Taipan has no
native equivalents (its class ``__dict__`` is a plain dict).

Not provided, because Taipan has no distinct type for them (checked with
``type()`` of the usual samples):

* ``WrapperDescriptorType``  -- ``type(object.__init__)`` is builtin_function_or_method
* ``MethodWrapperType``      -- ``type(object().__str__)`` is method
* ``MethodDescriptorType``   -- ``type(str.join)`` is builtin_function_or_method
* ``ClassMethodDescriptorType`` -- ``dict.__dict__['fromkeys']`` is a classmethod
* ``GetSetDescriptorType``   -- ``FunctionType.__dict__`` has no ``__code__`` entry

Aliasing them to the types above would make ``isinstance`` checks answer
wrongly, so they are left out.  ``BuiltinMethodType`` is the same type as
``BuiltinFunctionType`` (as in CPython); note that Taipan's bound methods of
built-in objects, such as ``[].append``, are of ``MethodType``.
"""

import sys

__all__ = [
    'FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
    'SimpleNamespace', 'CellType', 'GeneratorType', 'CoroutineType',
    'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
    'BuiltinMethodType', 'ModuleType', 'TracebackType', 'FrameType',
    'MemberDescriptorType', 'new_class', 'resolve_bases', 'prepare_class',
    'get_original_bases', 'DynamicClassAttribute', 'coroutine',
    'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType',
    'NotImplementedType',
]


# ---------------------------------------------------------------------------
# Types of sample objects

def _sample_function():
    pass


FunctionType = type(_sample_function)
LambdaType = type(lambda: None)
CodeType = type(_sample_function.__code__)


def _sample_cell():
    captured = None
    return (lambda: captured).__closure__[0]


CellType = type(_sample_cell())


def _sample_generator():
    yield 1


GeneratorType = type(_sample_generator())


async def _sample_coroutine():
    pass


def _coroutine_type():
    coro = _sample_coroutine()
    try:
        return type(coro)
    finally:
        coro.close()


CoroutineType = _coroutine_type()


async def _sample_async_generator():
    yield 1


AsyncGeneratorType = type(_sample_async_generator())


class _SampleClass:
    __slots__ = ('_slot',)

    def _method(self):
        pass


MethodType = type(_SampleClass()._method)
MemberDescriptorType = type(_SampleClass.__dict__['_slot'])

BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType

ModuleType = type(sys)


def _traceback_and_frame_types():
    try:
        raise TypeError
    except TypeError as exc:
        tb = exc.__traceback__
        result = type(tb), type(tb.tb_frame)
        tb = None
        return result


TracebackType, FrameType = _traceback_and_frame_types()

GenericAlias = type(list[int])
UnionType = type(int | str)

NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

del _sample_function, _sample_cell, _sample_generator, _sample_coroutine
del _coroutine_type, _sample_async_generator, _SampleClass
del _traceback_and_frame_types


# ---------------------------------------------------------------------------
# SimpleNamespace

_repr_active = set()


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            if not isinstance(key, str):
                raise TypeError("keywords must be strings")
            setattr(self, key, value)

    def __repr__(self):
        name = ("namespace" if type(self) is SimpleNamespace
                else type(self).__name__)
        key = id(self)
        if key in _repr_active:
            return name + "(...)"
        _repr_active.add(key)
        try:
            parts = []
            for attr, value in self.__dict__.items():
                parts.append(f"{attr}={value!r}")
            return name + "(" + ", ".join(parts) + ")"
        finally:
            _repr_active.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)


# ---------------------------------------------------------------------------
# MappingProxyType

def _is_mapping(obj):
    if isinstance(obj, (list, tuple)):
        return False
    return hasattr(type(obj), '__getitem__')


class mappingproxy:
    """A read-only view of a mapping (CPython's ``mappingproxy``)."""

    __module__ = 'builtins'
    __slots__ = ('_mapping',)

    def __new__(cls, mapping):
        if not _is_mapping(mapping):
            raise TypeError("mappingproxy() argument must be a mapping, not "
                            + type(mapping).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, '_mapping', mapping)
        return self

    def __setattr__(self, name, value):
        raise AttributeError(
            f"'mappingproxy' object has no attribute '{name}'")

    def __delattr__(self, name):
        raise AttributeError(
            f"'mappingproxy' object has no attribute '{name}'")

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __eq__(self, other):
        return self._mapping == other

    def __ne__(self, other):
        return self._mapping != other

    def __lt__(self, other):
        return self._mapping < other

    def __le__(self, other):
        return self._mapping <= other

    def __gt__(self, other):
        return self._mapping > other

    def __ge__(self, other):
        return self._mapping >= other

    def __hash__(self):
        return hash(self._mapping)

    def __str__(self):
        return str(self._mapping)

    def __repr__(self):
        return f"mappingproxy({self._mapping!r})"

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


# Defined under its CPython name so that reprs of the class (and of aliases
# such as ``MappingProxyType[str, int]``) match.
MappingProxyType = mappingproxy
del mappingproxy


# ---------------------------------------------------------------------------
# Dynamic class creation (PEP 3115, PEP 560)

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, resolved, namespace, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    result = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            result.append(base)
            continue
        hook = getattr(base, '__mro_entries__', None)
        if hook is None:
            result.append(base)
            continue
        entries = hook(bases)
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        result.extend(entries)
        changed = True
    if not changed:
        return bases
    return tuple(result)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple

    *metaclass* is the appropriate metaclass
    *namespace* is the prepared class namespace
    *kwds* is an updated copy of the passed in kwds argument with any
    'metaclass' entry removed. If no kwds argument is passed in, this will
    be an empty dict.
    """
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    if prepare is None:
        namespace = {}
    else:
        namespace = prepare(name, bases, **kwds)
    return meta, namespace, kwds


def _calculate_meta(meta, bases):
    """Pick the most derived metaclass among *meta* and those of *bases*."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def get_original_bases(cls, /):
    """Return the class's "original" bases prior to modification by
    `__mro_entries__`."""
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError(
            f"Expected an instance of type, not {type(cls).__name__!r}"
        ) from None


# ---------------------------------------------------------------------------
# DynamicClassAttribute

class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    A descriptor that behaves like a property when accessed through an
    instance, but raises AttributeError when accessed through the class, so
    that the class's (metaclass's) __getattr__ is consulted instead.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(
            getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _replace(self, fget, fset, fdel, doc):
        result = type(self)(fget, fset, fdel, doc)
        result.overwrite_doc = self.overwrite_doc
        return result

    def getter(self, fget):
        doc = getattr(fget, '__doc__', None) if self.overwrite_doc else None
        return self._replace(fget, self.fset, self.fdel, doc or self.__doc__)

    def setter(self, fset):
        return self._replace(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._replace(self.fget, self.fset, fdel, self.__doc__)


# ---------------------------------------------------------------------------
# coroutine

def coroutine(func):
    """Mark a generator function as a coroutine.

    Taipan's version only checks that *func* is callable and returns it
    unchanged.  CPython additionally flags a generator function's code object
    with CO_ITERABLE_COROUTINE (so its generators can be awaited) and wraps
    other callables whose results are generators or awaitables; Taipan has no
    such code flag, so a generator returned by a decorated function is not
    made awaitable here.
    """
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func
