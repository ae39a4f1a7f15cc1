"""Support for enumerations: Enum, IntEnum, StrEnum, Flag and IntFlag.

Taipan's enum module, written to behave as CPython 3.12's: the same reprs, str()s,
format()s, iteration order, aliases, functional API, boundaries of flags and error
messages.

How a class statement becomes an enumeration:

* ``EnumType.__prepare__`` gives the class body an ``_EnumDict``; its ``__setitem__``
  sees every assignment, records which names become members (in order), resolves
  ``auto()`` values and rejects reused names and reserved ``_sunder_`` names.
* ``EnumType.__new__`` wraps each future member's value in a ``_Pending`` object before
  handing the namespace to ``type.__new__``; type.__new__ calls ``__set_name__`` on each,
  which builds the real member (so members already exist when ``__init_subclass__``
  runs, as in CPython).
* Then the data type's ``__repr__``/``__str__``/``__format__`` are overridden where the
  enum's should win, and Flag's operators are installed on every flag class (a mixed-in
  ``int`` comes before Flag in the MRO).

Pickling support is limited to ``__reduce_ex__`` returning ``(cls, (value,))``.
"""

import sys
import builtins as _builtins
from types import MappingProxyType, DynamicClassAttribute


__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

# The base classes are defined below; until then the metaclass must know it is building
# them (they are None while their own class statements run).
Enum = Flag = ReprEnum = EJECT = None

# The _sunder_ names an enum class body may define.
_ALLOWED_SUNDERS = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
))


# ---------------------------------------------------------------------------
# Small helpers

class nonmember(object):
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == '__' and name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    # `_Color__x` in the body of `class Color` (a mangled private name).
    prefix = '_%s__' % (cls_name,)
    return (len(name) > len(prefix) and name.startswith(prefix)
            and not name.endswith('__'))


def _is_single_bit(num):
    if num == 0:
        return False
    return num & (num - 1) == 0


def _high_bit(value):
    """Index of the highest set bit (-1 for zero and negative numbers)."""
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        low = num & -num
        yield low
        num ^= low


def _warn(message, category, stacklevel):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, category, stacklevel=stacklevel + 1)


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """Like the builtin bin(), but negative numbers in two's complement, with a leading
    sign bit separated by a space: bin(10) == '0b0 1010', bin(~10) == '0b1 0101'."""
    width = num.bit_length()
    if num >= 0:
        digits = _builtins.bin(num)[2:].rjust(width, '0') if num else ''
        sign = '0'
    else:
        # ~num is non-negative; its complement in `width` bits gives num's low bits.
        digits = ''.join('1' if c == '0' else '0'
                         for c in _builtins.bin(~num)[2:].rjust(width, '0')) if width else ''
        sign = '1'
    if not digits:
        digits = sign
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign * max_bits + digits)[-max_bits:]
    return '0b%s %s' % (sign, digits)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class property(DynamicClassAttribute):
    """An attribute of enum members (``name``, ``value``, user properties) that, looked
    up on the class, gives the member of that name if there is one."""

    member = None
    _attr_type = None
    _cls_type = None

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        if self._attr_type == 'attr':
            return getattr(self._cls_type, self.name)
        if self._attr_type == 'desc':
            return getattr(instance._value_, self.name)
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            pass
        raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))

    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        raise AttributeError(
            "<enum %r> cannot set attribute %r" % (self.clsname, self.name))

    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError(
            "<enum %r> cannot delete attribute %r" % (self.clsname, self.name))

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


# ---------------------------------------------------------------------------
# Member creation

class _Pending:
    """A future member's value in the class namespace; type.__new__ calls __set_name__,
    which replaces it by the member."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        type.__delattr__(enum_class, member_name)
        _add_member(enum_class, member_name, self.value)


def _add_member(enum_class, member_name, value):
    args = value if isinstance(value, tuple) else (value,)
    member_type = enum_class._member_type_
    if member_type is tuple:
        args = (args,)
    new = enum_class._new_member_
    if enum_class._use_args_:
        enum_member = new(enum_class, *args)
    else:
        enum_member = new(enum_class)
    if not hasattr(enum_member, '_value_'):
        if member_type is object:
            enum_member._value_ = value
        else:
            try:
                enum_member._value_ = member_type(*args)
            except Exception as exc:
                err = TypeError('_value_ not set in __new__, unable to create it')
                err.__cause__ = exc
                raise err
    value = enum_member._value_
    enum_member._name_ = member_name
    enum_member.__objclass__ = enum_class
    enum_member.__init__(*args)
    enum_member._sort_order_ = len(enum_class._member_names_)

    is_flag = Flag is not None and issubclass(enum_class, Flag)
    if is_flag:
        enum_class._flag_mask_ |= value
        if _is_single_bit(value):
            enum_class._singles_mask_ |= value
        enum_class._all_bits_ = 2 ** (enum_class._flag_mask_.bit_length()) - 1

    # An earlier member with an equal value makes this name an alias of it.
    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
    if canonical is not None:
        enum_member = canonical
    elif not is_flag or _is_single_bit(value):
        enum_class._member_names_.append(member_name)

    # A base's descriptor of the same name (such as Enum.name) keeps working on
    # members through a redirecting enum property; otherwise the member is a plain
    # class attribute.
    found = None
    kind = None
    owner = None
    for base in enum_class.__mro__[1:]:
        attr = base.__dict__.get(member_name)
        if attr is None:
            continue
        if isinstance(attr, (property, DynamicClassAttribute)):
            found, kind, owner = attr, 'enum', base
            break
        if _is_descriptor(attr):
            found = attr
            kind = kind or 'desc'
            owner = owner or base
        else:
            kind, owner = 'attr', base
    if found is not None:
        redirect = property()
        redirect.member = enum_member
        redirect.__set_name__(enum_class, member_name)
        if kind in ('enum', 'desc'):
            redirect.fget = getattr(found, 'fget', None)
            redirect.fset = getattr(found, 'fset', None)
            redirect.fdel = getattr(found, 'fdel', None)
        redirect._attr_type = kind
        redirect._cls_type = owner
        type.__setattr__(enum_class, member_name, redirect)
    else:
        type.__setattr__(enum_class, member_name, enum_member)
    enum_class._member_map_[member_name] = enum_member
    try:
        enum_class._value2member_map_.setdefault(value, enum_member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


# ---------------------------------------------------------------------------
# The class body namespace

def _no_next_value(name, start, count, last_values):
    raise TypeError('auto() needs _generate_next_value_')


class _EnumDict(dict):
    """The namespace of an enum class body: records member names in definition order
    and resolves auto() values."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = _no_next_value
        self._cls_name = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError(
                    '_sunder_ names, such as %r, are reserved for future Enum use'
                    % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError(
                        "_generate_next_value_ must be defined before members")
                self._generate_next_value = (
                    value.__func__ if isinstance(value, staticmethod) else value)
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError(
                        '_ignore_ cannot specify already set names: %r' % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
        dict.__setitem__(self, key, value)

    def _resolve_auto(self, key, value):
        """auto() (alone or among the items of a tuple) becomes its generated value."""
        single = isinstance(value, auto)
        items = (value,) if single else value
        if not (single or (type(value) is tuple
                           and any(isinstance(v, auto) for v in value))):
            self._last_values.append(value)
            return value
        out = []
        for v in items:
            if isinstance(v, auto):
                if v.value is _auto_null:
                    v.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                v = v.value
                self._last_values.append(v)
            out.append(v)
        return out[0] if single else tuple(out)

    def update(self, members=(), **more_members):
        if hasattr(members, 'keys'):
            for name in members.keys():
                self[name] = members[name]
        else:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


# ---------------------------------------------------------------------------
# The metaclass

def _has_data_new(cls):
    """Whether instances of `cls` are built by a __new__ other than object's (a builtin
    data type such as int, or a class defining __new__)."""
    for base in cls.__mro__:
        if base is object:
            return False
        if '__new__' in base.__dict__ or base.__module__ == 'builtins':
            return True
    return False


def _dataclass_repr(self):
    fields = self.__dataclass_fields__
    return ', '.join('%s=%r' % (k, getattr(self, k))
                     for k in fields.keys() if fields[k].repr)


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(
                first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        if not isinstance(classdict, _EnumDict):
            # EnumType('Name', bases, {...}) called directly.
            ns = metacls.__prepare__(cls, bases)
            for k, v in classdict.items():
                ns[k] = v
            classdict = ns
        ignore = dict.get(classdict, '_ignore_', [])
        for key in list(ignore) + ['_ignore_']:
            dict.pop(classdict, key, None)
            classdict._member_names.pop(key, None)
        member_names = list(classdict._member_names)
        invalid = [n for n in ('mro', '') if n in classdict._member_names]
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % (','.join(repr(n) for n in invalid),))
        order = dict.pop(classdict, '_order_', None)
        gnv = dict.get(classdict, '_generate_next_value_')
        if gnv is not None and type(gnv) is not staticmethod:
            gnv = staticmethod(gnv)
        classdict = dict(classdict.items())
        if gnv is not None:
            classdict['_generate_next_value_'] = gnv

        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        classdict['_new_member_'] = new
        classdict['_use_args_'] = use_args
        for name in member_names:
            classdict[name] = _Pending(classdict[name])
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_unhashable_values_'] = []
        classdict['_member_type_'] = member_type
        classdict['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        classdict['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        classdict['_flag_mask_'] = 0
        classdict['_singles_mask_'] = 0
        classdict['_all_bits_'] = 0
        classdict['_inverted_'] = None
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        # __init_subclass__ may have added to the class.
        classdict.update(enum_class.__dict__)

        # The enum's repr/str/format win over the data type's (which come first in the
        # MRO); a ReprEnum keeps the data type's str() and format().
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError(
                    'ReprEnum subclasses must be mixed with a data type (i.e.'
                    ' int, str, float, etc.)')
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                classdict['__format__'] = member_type.__format__
            if '__str__' not in classdict:
                method = _own_str(member_type)
                type.__setattr__(enum_class, '__str__', method)
                classdict['__str__'] = method
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name not in classdict and _data_method_wins(enum_class, name, member_type):
                type.__setattr__(enum_class, name, getattr(first_enum, name))

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                         '__rxor__', '__invert__'):
                if name not in classdict:
                    method = Flag.__dict__[name]
                    type.__setattr__(enum_class, name, method)
                    classdict[name] = method
            if member_type is not object:
                # Taipan looks the container protocol up on the builtin data type (int)
                # and stops there; the flag's methods must be found first.
                for name in ('__iter__', '__len__', '__contains__', '__bool__'):
                    if name not in classdict:
                        for base in enum_class.__mro__[1:]:
                            if (base.__module__ != 'builtins'
                                    and name in base.__dict__):
                                type.__setattr__(enum_class, name, base.__dict__[name])
                                break

        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', new)
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])

        if order is not None and isinstance(order, str):
            order = order.replace(',', ' ').split()
        if not is_flag and not (Flag is None and cls == 'Flag'):
            for name in ('_boundary_', '_flag_mask_', '_singles_mask_', '_all_bits_',
                         '_inverted_'):
                type.__delattr__(enum_class, name)
        elif is_flag:
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                type.__setattr__(enum_class, '_iter_member_',
                                 enum_class._iter_member_by_def_)
            if order:
                order = [o for o in order
                         if o not in enum_class._member_map_
                         or _is_single_bit(enum_class[o]._value_)]
        if order:
            order = [o for o in order
                     if o not in enum_class._member_map_
                     or o in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if cls._member_map_:
            if names:
                value = (value, names) + values
            return cls.__new__(cls, value)
        if names is None and type is None:
            raise TypeError(
                f"{cls} has no members; specify `names=()` if you meant to create a "
                "new, empty, enum")
        return cls._create_(class_name=value, names=names, module=module,
                            qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return value in cls._value2member_map_ or value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__',
                           '__iter__', '__len__', '__members__', '__module__',
                           '__name__', '__qualname__'] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs = []
            last_values = []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count,
                                                         last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is None:
            classdict['__module__'] = '<unknown>'
        else:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None,
                  as_global=False):
        module_globals = sys.modules[module].__dict__
        source = source.__dict__ if source else module_globals
        members = [(k, v) for k, v in source.items() if filter(k)]
        try:
            members.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            members.sort(key=lambda t: t[0])
        new = cls._create_(name, members, module=module, boundary=boundary or KEEP)
        if as_global:
            global_enum(new)
        else:
            module_globals.update(new.__members__)
        module_globals[name] = new
        return new

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    params = base.__dict__.get('__dataclass_params__')
                    if ('__dataclass_fields__' in base.__dict__ and params is not None
                            and params.repr):
                        return _dataclass_repr
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        if base._member_type_ not in data_types:
                            data_types.append(base._member_type_)
                        break
                elif ('__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__
                      or base.__module__ == 'builtins'):
                    found = candidate or base
                    if found not in data_types:
                        data_types.append(found)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r'
                            % (class_name, set(data_types)))
        return data_types[0] if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """The __new__ that makes members, whether it should be kept as __new_member__,
        and whether it takes the member's value as arguments."""
        new = classdict.get('__new__')
        if isinstance(new, staticmethod):
            new = new.__func__
        save_new = first_enum is not None and new is not None
        if new is None:
            for owner in (member_type, first_enum):
                saved = getattr(owner, '__new_member__', None)
                if saved is not None:
                    new = saved
                    break
        if new is None:
            if member_type is not object and _has_data_new(member_type):
                new = member_type.__new__
            else:
                new = object.__new__
        use_args = first_enum is not None and not (
            new is object.__new__ and not _has_data_new(member_type))
        if Enum is not None and new is Enum.__dict__['__new__']:
            use_args = False
        return new, save_new, use_args


EnumMeta = EnumType


def _data_method_wins(enum_class, name, member_type):
    """Whether looking `name` up on the new enum class would find the data type's (or
    object's) method rather than an enum's. A builtin data type, coming first in the MRO,
    answers __repr__, __str__ and __format__ itself."""
    for base in enum_class.__mro__[1:]:
        if name in base.__dict__:
            found = base.__dict__[name]
            return (base is object or base is member_type
                    or found == getattr(member_type, name, None)
                    or found == getattr(object, name, None))
        if (base is not object and base.__module__ == 'builtins'
                and name != '__reduce_ex__'):
            return True
    return True


def _own_str(data_type):
    """The data type's own __str__, or its __repr__ when it has none (object.__str__
    would call the enum's repr)."""
    for base in data_type.__mro__:
        if base is object:
            break
        if '__str__' in base.__dict__:
            return base.__dict__['__str__']
    return data_type.__repr__


# ---------------------------------------------------------------------------
# Enum, ReprEnum, IntEnum, StrEnum

class Enum(metaclass=EnumType):
    """
    Create a collection of name/value pairs.

    Example enumeration:

    >>> class Color(Enum):
    ...     RED = 1
    ...     BLUE = 2
    ...     GREEN = 3

    Access them by:

    - attribute access:

      >>> Color.RED
      <Color.RED: 1>

    - value lookup:

      >>> Color(1)
      <Color.RED: 1>

    - name lookup:

      >>> Color['RED']
      <Color.RED: 1>

    Enumerations can be iterated over, and know how many members they have:

    >>> len(Color)
    3

    >>> list(Color)
    [<Color.RED: 1>, <Color.BLUE: 2>, <Color.GREEN: 3>]

    Methods can be added to enumerations, and members can have their own
    attributes -- see the documentation for details.
    """

    def __new__(cls, value):
        # Members are made when the class is; this finds one by value (Color(1)).
        if type(value) is cls:
            return value
        found = _lookup_value(cls, value)
        if found is not _NOT_FOUND:
            return found
        if not cls._member_map_:
            raise TypeError("%r has no members defined" % cls)
        exc = None
        result = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        not_valid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise not_valid
        if exc is None:
            exc = TypeError(
                'error in %s._missing_: returned %r instead of None or a valid member'
                % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = not_valid
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value when not given: one more than the last value."""
        if not last_values:
            return start
        last = last_values[-1]
        try:
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
        except TypeError:
            pass
        _warn("In 3.13 the default `auto()`/`_generate_next_value_` will require all "
              "values to be sortable and support adding +1\nand the value returned will "
              "be the largest value in the enum incremented by 1", DeprecationWarning, 3)
        # (last_values may have been sorted above.)
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_,
                                v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        interesting = set()
        if self.__class__._member_type_ is not object and hasattr(object, '__dir__'):
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in self._member_map_:
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__'])
                      | interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


_NOT_FOUND = object()


def _lookup_value(cls, value):
    try:
        return cls._value2member_map_[value]
    except KeyError:
        return _NOT_FOUND
    except TypeError:
        pass
    for m in cls._member_map_.values():
        if m._value_ == value:
            return m
    return _NOT_FOUND


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        "values must already be of type `str`"
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        enum_member = str.__new__(cls, value)
        enum_member._value_ = value
        return enum_member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Return the lower-cased version of the member name."""
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """
    control how out of range values are handled
    "strict" -> error is raised             [default for Flag]
    "conform" -> extra bits are discarded
    "eject" -> lose flag status
    "keep" -> keep flag status and all bits [default for IntFlag]
    """
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


# ---------------------------------------------------------------------------
# Flag, IntFlag

class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the highest value so far."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The members in `value`, lowest bit first."""
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The members in `value`, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value),
                          key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """A pseudo-member combining the canonical members in `value`; bits that are no
        member's are handled as the class's boundary says."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, bin(value, max_bits),
                                    bin(flag_mask, max_bits)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_value or aliases:
            members = []
            combined = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined |= m._value_
            if aliases:
                value = member_value | aliases
                for m in cls._member_map_.values():
                    if m not in members and m._value_ and m._value_ & value == m._value_:
                        members.append(m)
                        combined |= m._value_
            unknown = value ^ combined
            pseudo._name_ = '|'.join([m._name_ for m in members])
            if not combined:
                pseudo._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return _NOT_FOUND

    def __or__(self, other):
        other = Flag._other_value(self, other)
        if other is _NOT_FOUND:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = Flag._other_value(self, other)
        if other is _NOT_FOUND:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = Flag._other_value(self, other)
        if other is _NOT_FOUND:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""


# ---------------------------------------------------------------------------
# Decorators and checks

def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return "%s.%s(%r)" % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not KEEP:
        return '|'.join(['%s.%s' % (module, name) for name in self.name.split('|')])
    parts = []
    for n in self._name_.split('|'):
        parts.append(n if n[0].isdigit() else '%s.%s' % (module, n))
    return '|'.join(parts)


def global_str(self):
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Make the repr() of members name their module instead of their class, and export
    the members to the module's namespace."""
    if issubclass(cls, Flag):
        type.__setattr__(cls, '__repr__', global_flag_repr)
    else:
        type.__setattr__(cls, '__repr__', global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, '__str__', global_str)
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator that converts a normal class into an enum of type `etype` (here
    simply by building the enum class from the decorated class's namespace)."""
    def convert_class(cls):
        metacls = type(etype)
        bases = (etype,)
        ns = metacls.__prepare__(cls.__name__, bases)
        for k, v in cls.__dict__.items():
            if k in ('__dict__', '__weakref__'):
                continue
            ns[k] = v
        return metacls(cls.__name__, bases, ns, boundary=boundary)
    return convert_class


class EnumCheck(StrEnum):
    """various conditions to check an enumeration for"""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Check an enumeration for various constraints. (see EnumCheck)"""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            enum_type = 'flag'
        elif issubclass(enumeration, Enum):
            enum_type = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(name, m.name)
                              for name, m in enumeration.__members__.items()
                              if name != m.name]
                if duplicates:
                    details = ', '.join(['%s -> %s' % (alias, name)
                                         for (alias, name) in duplicates])
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if enum_type == 'flag':
                    missing = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high))
                               if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        enum_type, cls_name, ', '.join(str(m) for m in missing)))[:256])
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                member_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names or alias.value < 0:
                        continue
                    missed = [v for v in _iter_bits_lsb(alias.value)
                              if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        alias = 'alias %s is missing' % missing_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (
                            ', '.join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError(
                        'invalid Flag %r: %s %s [use enum.show_flag_values(value) for '
                        'details]' % (cls_name, alias, value))
        return enumeration
