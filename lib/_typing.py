"""What CPython's typing.py imports from its C helper module _typing: the
PEP 695 runtime classes (TypeVar, ParamSpec, TypeVarTuple, TypeAliasType,
Generic -- Taipan's own, from _taipan_typing), ParamSpecArgs/ParamSpecKwargs
and _idfunc.  As in CPython, these classes call back into the typing module
for substitution and unions (typing._typevar_subst, typing._make_union...).

Taipan's own typing module does not use this module; importing it (which
CPython's typing.py does) adds those typing hooks to the shared classes.
"""

from _taipan_typing import (TypeVar, ParamSpec, TypeVarTuple, TypeAliasType,
                            Generic, ParamSpecArgs, ParamSpecKwargs)


def _idfunc(_, x, /):
    return x


def _typing():
    import typing
    return typing


def _union(left, right):
    return _typing()._make_union(left, right)


def _no_subclass(kind):
    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {kind}")
    return __mro_entries__


TypeVar.__or__ = _union
TypeVar.__ror__ = lambda self, left: _union(left, self)
TypeVar.__typing_subst__ = lambda self, arg: _typing()._typevar_subst(self, arg)
TypeVar.__mro_entries__ = _no_subclass("TypeVar")

ParamSpec.__or__ = _union
ParamSpec.__ror__ = lambda self, left: _union(left, self)
ParamSpec.args = property(lambda self: ParamSpecArgs(self))
ParamSpec.kwargs = property(lambda self: ParamSpecKwargs(self))
ParamSpec.__typing_subst__ = (
    lambda self, arg: _typing()._paramspec_subst(self, arg))
ParamSpec.__typing_prepare_subst__ = (
    lambda self, alias, args: _typing()._paramspec_prepare_subst(self, alias, args))
ParamSpec.__mro_entries__ = _no_subclass("ParamSpec")


def _typevartuple_iter(self):
    yield _typing().Unpack[self]


def _typevartuple_subst(self, arg):
    raise TypeError("Substitution of bare TypeVarTuple is not supported")


TypeVarTuple.__iter__ = _typevartuple_iter
TypeVarTuple.__typing_subst__ = _typevartuple_subst
TypeVarTuple.__typing_prepare_subst__ = (
    lambda self, alias, args: _typing()._typevartuple_prepare_subst(self, alias, args))
TypeVarTuple.__mro_entries__ = _no_subclass("TypeVarTuple")

TypeAliasType.__or__ = _union
TypeAliasType.__ror__ = lambda self, left: _union(left, self)
