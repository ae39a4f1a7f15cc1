"""Data classes: the @dataclass decorator, field(), fields(), asdict(), astuple(),
replace(), make_dataclass() and friends.

Taipan's dataclasses module, behaving as CPython 3.12's. As there, the generated methods
(__init__, __repr__, __eq__, the orderings, __hash__, and a frozen class's __setattr__ and
__delattr__) are Python source compiled with exec(), so their signatures, argument
errors, __qualname__s and __annotations__ are those of ordinary methods.

Not provided: abstract-method bookkeeping (abc.update_abstractmethods) and pickling
helpers for frozen slotted classes beyond __getstate__/__setstate__.
"""

import sys
import copy
import types
import keyword


__all__ = ['dataclass',
           'field',
           'Field',
           'FrozenInstanceError',
           'InitVar',
           'KW_ONLY',
           'MISSING',

           # Helper functions.
           'fields',
           'asdict',
           'astuple',
           'make_dataclass',
           'replace',
           'is_dataclass',
           ]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'

# Values asdict()/astuple() return as they are (deepcopy would too).
_ATOMIC_TYPES = frozenset({
    types.NoneType, bool, int, float, str, complex, bytes,
    types.EllipsisType, types.NotImplementedType, types.CodeType,
    types.BuiltinFunctionType, types.FunctionType, type, range, property,
})


def _thread_ident():
    try:
        import _thread
        return _thread.get_ident()
    except (ImportError, AttributeError):
        return 0


def _recursive_repr(user_function):
    """Makes a __repr__ answer '...' when it is re-entered for the same object."""
    running = set()

    def wrapper(self):
        key = id(self), _thread_ident()
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapper, attr, getattr(user_function, attr))
        except AttributeError:
            pass
    wrapper.__wrapped__ = user_function
    return wrapper


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    @_recursive_repr
    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # A descriptor given as a field's default learns its name now (the Field in
        # the class is replaced by the default afterwards).
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args',
                 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                 slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r},'
                f'match_args={self.match_args!r},'
                f'kw_only={self.kw_only!r},'
                f'slots={self.slots!r},'
                f'weakref_slot={self.weakref_slot!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields.

    default is the default value of the field.  default_factory is a
    0-argument function called to initialize a field's value.  If init
    is true, the field will be a parameter to the class's __init__()
    function.  If repr is true, the field will be included in the
    object's repr().  If hash is true, the field will be included in the
    object's hash().  If compare is true, the field will be used in
    comparison functions.  metadata, if specified, must be a mapping
    which is stored but not otherwise examined by dataclass.  If kw_only
    is true, the field will become a keyword-only parameter to
    __init__().

    It is an error to specify both default and default_factory.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---------------------------------------------------------------------------
# Method generation: each method is a line list; all of a class's methods are compiled
# by one exec() inside a function whose parameters are the values they refer to.

class _MethodBuilder:
    def __init__(self, cls, globals):
        self.cls = cls
        self.globals = globals
        self.names = {}        # closure variable -> value
        self.sources = []      # (method name, source text)

    def var(self, name, value):
        self.names[name] = value
        return name

    def add(self, name, args, body, return_type=MISSING):
        annotation = ''
        if return_type is not MISSING:
            annotation = '->' + self.var('__dataclass_return_type__', return_type)
        text = ' def %s(%s)%s:\n%s' % (name, ','.join(args), annotation,
                                       '\n'.join('  ' + b for b in body))
        self.sources.append((name, text))

    def build(self):
        """{method name: function} (qualnames set to the class's)."""
        if not self.sources:
            return {}
        params = ', '.join(self.names)
        body = '\n'.join(text for _, text in self.sources)
        result = ', '.join(name for name, _ in self.sources)
        txt = 'def __create_fn__(%s):\n%s\n return (%s,)' % (params, body, result)
        ns = {}
        exec(txt, self.globals, ns)
        fns = ns['__create_fn__'](**self.names)
        out = {}
        for (name, _), fn in zip(self.sources, fns):
            fn.__qualname__ = '%s.%s' % (self.cls.__qualname__, fn.__name__)
            out[name] = fn
        return out


def _tuple_str(obj_name, fields):
    if not fields:
        return '()'
    return '(%s,)' % ','.join('%s.%s' % (obj_name, f.name) for f in fields)


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return '__dataclass_builtins_object__.__setattr__(%s,%r,%s)' % (
            self_name, name, value)
    return '%s.%s=%s' % (self_name, name, value)


def _field_init(b, f, frozen, self_name, slots):
    """The __init__ line that sets field f, or None."""
    default_name = '__dataclass_dflt_%s__' % f.name
    if f.default_factory is not MISSING:
        b.var(default_name, f.default_factory)
        if f.init:
            value = ('%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s'
                     % (default_name, f.name, f.name))
        else:
            value = '%s()' % default_name
    elif f.init:
        if f.default is not MISSING:
            b.var(default_name, f.default)
        value = f.name
    elif slots and f.default is not MISSING:
        b.var(default_name, f.default)
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is not MISSING:
        default = '=__dataclass_dflt_%s__' % f.name
    elif f.default_factory is not MISSING:
        default = '=__dataclass_HAS_DEFAULT_FACTORY__'
    else:
        default = ''
    return '%s:__dataclass_type_%s__%s' % (f.name, f.name, default)


def _add_init(b, fields, std_fields, kw_only_fields, frozen, has_post_init, self_name,
              slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                'follows default argument')
    for f in fields:
        b.var('__dataclass_type_%s__' % f.name, f.type)
    b.var('__dataclass_HAS_DEFAULT_FACTORY__', _HAS_DEFAULT_FACTORY)
    b.var('__dataclass_builtins_object__', object)
    lines = []
    for f in fields:
        line = _field_init(b, f, frozen, self_name, slots)
        if line:
            lines.append(line)
    if has_post_init:
        params = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        lines.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME, params))
    if not lines:
        lines = ['pass']
    params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params += ['*'] + [_init_param(f) for f in kw_only_fields]
    b.add('__init__', [self_name] + params, lines, return_type=None)


def _add_repr(b, fields):
    b.add('__repr__', ('self',),
          ['return self.__class__.__qualname__ + f"(' +
           ', '.join('%s={self.%s!r}' % (f.name, f.name) for f in fields) + ')"'])


def _add_frozen(b, cls, fields):
    b.var('__dataclass_cls__', cls)
    b.var('FrozenInstanceError', FrozenInstanceError)
    condition = 'type(self) is __dataclass_cls__'
    if fields:
        condition += ' or name in {' + ', '.join(repr(f.name) for f in fields) + '}'
    b.add('__setattr__', ('self', 'name', 'value'),
          ['if %s:' % condition,
           ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
           'super(__dataclass_cls__, self).__setattr__(name, value)'])
    b.add('__delattr__', ('self', 'name'),
          ['if %s:' % condition,
           ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
           'super(__dataclass_cls__, self).__delattr__(name)'])


def _add_cmp(b, name, op, fields):
    b.add(name, ('self', 'other'),
          ['if other.__class__ is self.__class__:',
           ' return %s%s%s' % (_tuple_str('self', fields), op, _tuple_str('other', fields)),
           'return NotImplemented'])


def _add_hash(b, fields):
    b.add('__hash__', ('self',), ['return hash(%s)' % _tuple_str('self', fields)])


# ---------------------------------------------------------------------------
# Recognising ClassVar, InitVar and KW_ONLY annotations (also written as strings)

def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or getattr(a_type, '__origin__', None) is typing.ClassVar
            and not isinstance(a_type, type))


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _split_annotation(annotation):
    """'mod.Name[...]' -> ('mod', 'Name'); 'Name...' -> (None, 'Name'); else None (the
    leading `identifier.`? `identifier` of a string annotation)."""
    def ident(s, i):
        j = i
        while j < len(s) and (s[j].isalnum() or s[j] == '_'):
            j += 1
        return s[i:j], j

    def skip(s, i):
        while i < len(s) and s[i].isspace():
            i += 1
        return i

    s = annotation
    i = skip(s, 0)
    first, i = ident(s, i)
    if not first:
        return None
    j = skip(s, i)
    if j < len(s) and s[j] == '.':
        j = skip(s, j + 1)
        second, _ = ident(s, j)
        if second:
            return first, second
    return None, first


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    parts = _split_annotation(annotation)
    if parts is None:
        return False
    module_name, name = parts
    ns = None
    module = sys.modules.get(cls.__module__)
    if not module_name:
        ns = module.__dict__ if module else None
    elif module and module.__dict__.get(module_name) is a_module:
        ns = sys.modules.get(a_type.__module__).__dict__
    return bool(ns) and is_type_predicate(ns.get(name), a_module)


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    typing = sys.modules.get('typing')
    if typing:
        if (_is_classvar(a_type, typing)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, typing, typing.ClassVar, _is_classvar))):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]
        if (_is_initvar(a_type, dataclasses)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, dataclasses, dataclasses.InitVar,
                                 _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')

    # Unhashable stands for mutable (list, dict, set).
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    """Sets cls.name unless the class defines it itself; True if it does."""
    if name in cls.__dict__:
        return True
    if isinstance(value, types.FunctionType):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    setattr(cls, name, value)
    return False


def _hash_set_none(cls, fields, b):
    return None


def _hash_add(cls, fields, b):
    _add_hash(b, [f for f in fields if (f.compare if f.hash is None else f.hash)])
    return _HASH_PENDING


def _hash_exception(cls, fields, b):
    raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')


_HASH_PENDING = object()

# (unsafe_hash, eq, frozen, has explicit __hash__) -> action
_hash_action = {
    (False, False, False, False): None,
    (False, False, False, True): None,
    (False, False, True, False): None,
    (False, False, True, True): None,
    (False, True, False, False): _hash_set_none,
    (False, True, False, True): None,
    (False, True, True, False): _hash_add,
    (False, True, True, True): None,
    (True, False, False, False): _hash_add,
    (True, False, False, True): _hash_exception,
    (True, False, True, False): _hash_add,
    (True, False, True, True): _hash_exception,
    (True, True, False, False): _hash_add,
    (True, True, False, True): _hash_exception,
    (True, True, True, False): _hash_add,
    (True, True, True, True): _hash_exception,
}


def _format_annotation(annotation):
    # As inspect.formatannotation.
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _text_signature(std_fields, kw_only_fields):
    """The class's call signature as inspect.signature() shows it (for __doc__)."""
    def param(f):
        s = f.name + ': ' + _format_annotation(f.type)
        if f.default is not MISSING:
            s += ' = ' + repr(f.default)
        elif f.default_factory is not MISSING:
            s += ' = <factory>'
        return s
    parts = [param(f) for f in std_fields]
    if kw_only_fields:
        parts.append('*')
        parts.extend(param(f) for f in kw_only_fields)
    return '(' + ', '.join(parts) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                                           match_args, kw_only, slots, weakref_slot))

    # Base classes' fields, in reverse MRO order so that subclasses override.
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    dataclasses = sys.modules[__name__]
    for name, type in cls_annotations.items():
        if (_is_kw_only(type, dataclasses)
                or (isinstance(type, str)
                    and _is_type(type, cls, dataclasses, dataclasses.KW_ONLY,
                                 _is_kw_only))):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        # The class attribute becomes the plain default (or goes).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = tuple(f for f in all_init_fields if f.init and not f.kw_only)
    kw_only_init_fields = tuple(f for f in all_init_fields if f.init and f.kw_only)

    b = _MethodBuilder(cls, globals)
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _add_init(b, all_init_fields, std_init_fields, kw_only_init_fields, frozen,
                  has_post_init, '__dataclass_self__' if 'self' in fields else 'self',
                  slots)

    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _add_repr(b, [f for f in field_list if f.repr])
    compared = [f for f in field_list if f.compare]
    if eq:
        _add_cmp(b, '__eq__', '==', compared)
    order_ops = [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]
    if order:
        for name, op in order_ops:
            _add_cmp(b, name, op, compared)
    if frozen:
        _add_frozen(b, cls, field_list)
    hash_action = _hash_action[bool(unsafe_hash), bool(eq), bool(frozen),
                               has_explicit_hash]
    hash_value = hash_action(cls, field_list, b) if hash_action else None

    fns = b.build()
    if init:
        _set_new_attribute(cls, '__init__', fns['__init__'])
    if repr:
        _set_new_attribute(cls, '__repr__', _recursive_repr(fns['__repr__']))
    if eq:
        _set_new_attribute(cls, '__eq__', fns['__eq__'])
    if order:
        for name, op in order_ops:
            if _set_new_attribute(cls, name, fns[name]):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')
    if frozen:
        for name in ('__setattr__', '__delattr__'):
            if _set_new_attribute(cls, name, fns[name]):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}')
    if hash_action:
        cls.__hash__ = fns['__hash__'] if hash_value is _HASH_PENDING else hash_value

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _text_signature(std_init_fields, kw_only_init_fields)

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc = sys.modules.get('abc')
    if abc is not None and hasattr(abc, 'update_abstractmethods'):
        abc.update_abstractmethods(cls)
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return
    if isinstance(slots, str):
        yield slots
    elif not hasattr(slots, '__next__'):
        yield from slots
    else:
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")


def _add_slots(cls, is_frozen, weakref_slot):
    # __slots__ can only be given when a class is made: make the class again.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited_slots = set()
    for base in cls.__mro__[1:-1]:
        inherited_slots.update(_get_slots(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(n for n in wanted if n not in inherited_slots)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.

    If init is true, an __init__() method is added to the class. If repr
    is true, a __repr__() method is added. If order is true, rich
    comparison dunder methods are added. If unsafe_hash is true, a
    __hash__() method is added. If frozen is true, fields may not be
    assigned to after instance creation. If match_args is true, the
    __match_args__ tuple is added. If kw_only is true, then by default
    all fields are keyword-only. If slots is true, a new class with a
    __slots__ attribute is returned.
    """
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass.

    Accepts a dataclass or an instance of one. Tuple elements are of
    type Field.
    """
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a
    dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values.

    If given, 'dict_factory' will be used instead of built-in dict.
    The function applies recursively to field values that are
    dataclass instances. This will also look into built-in containers:
    tuples, lists, and dicts. Other objects are copied with 'copy.deepcopy()'.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        if dict_factory is dict:
            return {f.name: _asdict_inner(getattr(obj, f.name), dict)
                    for f in fields(obj)}
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_asdict_inner(k, dict_factory)] = _asdict_inner(v, dict_factory)
            return result
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values.

    If given, 'tuple_factory' will be used instead of built-in tuple.
    The function applies recursively to field values that are
    dataclass instances. This will also look into built-in containers:
    tuples, lists, and dicts. Other objects are copied with 'copy.deepcopy()'.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        obj_type = type(obj)
        if hasattr(obj_type, 'default_factory'):
            result = obj_type(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_astuple_inner(k, tuple_factory)] = _astuple_inner(v, tuple_factory)
            return result
        return obj_type((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                        for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Return a new dynamically created dataclass.

    The dataclass name will be 'cls_name'.  'fields' is an iterable
    of either (name), (name, type) or (name, type, Field) objects. If type is
    omitted, use the string 'typing.Any'.
    """
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def exec_body_callback(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body_callback)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for frozen classes.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
