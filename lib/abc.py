"""Abstract Base Classes (PEP 3119).

Taipan's abc module, with CPython 3.12's API.  Each ABC's registry of virtual
subclasses and its instance/subclass check caches live in the native ``_abc``
module (reached through the class's ``_abc_impl``), and the VM itself refuses to
instantiate a class whose ``__abstractmethods__`` is non-empty.
"""

from _abc import (get_cache_token, _abc_init, _abc_register,
                  _abc_instancecheck, _abc_subclasscheck, _get_dump,
                  _reset_registry, _reset_caches)


def abstractmethod(funcobj):
    """Mark a method as abstract.

    A class whose metaclass is (derived from) ABCMeta cannot be instantiated while
    any abstract method is left without an override.  The abstract implementation
    can still be reached through super().
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """An abstract classmethod (deprecated: stack classmethod on abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """An abstract staticmethod (deprecated: stack staticmethod on abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """An abstract property (deprecated: stack property on abstractmethod)."""

    __isabstractmethod__ = True


class ABCMeta(type):
    """The metaclass of Abstract Base Classes.

    An ABC can be used as an ordinary base class (a mix-in), and unrelated classes,
    builtins included, can be registered with it as virtual subclasses: issubclass()
    and isinstance() then accept them and their subclasses, although the ABC is not
    in their MRO and its methods are not inherited.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        """Register subclass as a virtual subclass of this ABC; returns it, so this
        works as a class decorator."""
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        return _abc_subclasscheck(cls, subclass)

    def _dump_registry(cls, file=None):
        """Print the ABC's registry and caches (a debugging aid)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        registry, cache, negative, version = _get_dump(cls)
        print(f"_abc_registry: {registry!r}", file=file)
        print(f"_abc_cache: {cache!r}", file=file)
        print(f"_abc_negative_cache: {negative!r}", file=file)
        print(f"_abc_negative_cache_version: {version!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget every virtual subclass (for tests and debugging)."""
        _reset_registry(cls)

    def _abc_caches_clear(cls):
        """Empty both check caches (for tests and debugging)."""
        _reset_caches(cls)


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or replaced
    (a class decorator's job); returns cls.  Classes that never had
    __abstractmethods__ are returned unchanged.
    """
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    names = set()
    # Inherited abstract names that are still abstract here...
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                names.add(name)
    # ...and the class's own abstract attributes.
    for name, value in cls.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            names.add(name)
    cls.__abstractmethods__ = frozenset(names)
    return cls


class ABC(metaclass=ABCMeta):
    """A base class whose metaclass is ABCMeta: subclass it to define an ABC."""
    __slots__ = ()
