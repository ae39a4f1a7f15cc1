"""The runtime objects of PEP 695 syntax (``type X = ...``, ``def f[T]``, ``class C[T]``):
TypeVar, ParamSpec, TypeVarTuple, TypeAliasType and Generic, as CPython 3.12's ``typing``
shows them. The compiler reaches them through its CALL_INTRINSIC instructions."""

_GenericAlias = type(list[int])
_NOT_EVALUATED = object()


class _LazyValue:
    """A value computed from a function on first use (bounds, constraints, alias values
    are evaluated lazily, so they may refer to names defined later)."""

    def __init__(self, fn):
        self.fn = fn
        self.value = _NOT_EVALUATED

    def get(self):
        if self.value is _NOT_EVALUATED:
            self.value = self.fn()
        return self.value


class TypeVar:
    """A type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False):
        self.__name__ = name
        self._bound = bound
        self._constraints = constraints
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        self.__infer_variance__ = infer_variance

    @property
    def __bound__(self):
        b = self._bound
        return b.get() if isinstance(b, _LazyValue) else b

    @property
    def __constraints__(self):
        c = self._constraints
        return c.get() if isinstance(c, _LazyValue) else c

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__

    def __or__(self, other):
        return _Union(self, other)

    def __ror__(self, other):
        return _Union(other, self)


class ParamSpec:
    """A parameter specification variable (``**P``)."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        self.__infer_variance__ = infer_variance

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        return "~" + self.__name__


class TypeVarTuple:
    """A variadic type variable (``*Ts``)."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class TypeAliasType:
    """The value of a ``type`` statement."""

    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self._value = value
        self.__type_params__ = type_params
        self.__module__ = "__main__"

    @property
    def __value__(self):
        v = self._value
        return v.get() if isinstance(v, _LazyValue) else v

    @property
    def __parameters__(self):
        return self.__type_params__

    def __repr__(self):
        return self.__name__

    def __getitem__(self, params):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        return _GenericAlias(self, params)

    def __or__(self, other):
        return _Union(self, other)


class Generic:
    """The base of generic classes: ``C[int]`` makes an alias. The typing module does
    the work (checking the parameters, recording ``__parameters__``)."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        import typing
        return typing._generic_class_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        import typing
        typing._generic_init_subclass(cls, *args, **kwargs)


def _Union(a, b):
    raise TypeError("unsupported operand type(s) for |: %r and %r"
                    % (type(a).__name__, type(b).__name__))


for _cls in (TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic):
    _cls.__module__ = "typing"


# Intrinsics (see the VM's CALL_INTRINSIC_1/2).
def typevar(name):
    return TypeVar(name, infer_variance=True)


def typevar_with_bound(name, fn):
    return TypeVar(name, bound=_LazyValue(fn), infer_variance=True)


def typevar_with_constraints(name, fn):
    tv = TypeVar(name, infer_variance=True)
    tv._constraints = _LazyValue(fn)
    return tv


def paramspec(name):
    return ParamSpec(name, infer_variance=True)


def typevartuple(name):
    return TypeVarTuple(name)


def subscript_generic(params):
    return _GenericAlias(Generic, params)


def typealias(args):
    name, type_params, fn = args
    alias = TypeAliasType(name, _LazyValue(fn), type_params=type_params or ())
    return alias


# ParamSpec's P.args/P.kwargs, shared by Taipan's typing and _typing (what CPython's
# typing.py imports).
class ParamSpecArgs:
    """``P.args``: the positional arguments of a ParamSpec."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, id(self.__origin__)))

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of ParamSpecArgs")


class ParamSpecKwargs:
    """``P.kwargs``: the keyword arguments of a ParamSpec."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, id(self.__origin__)))

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of ParamSpecKwargs")


for _cls in (ParamSpecArgs, ParamSpecKwargs):
    _cls.__module__ = "typing"
del _cls
