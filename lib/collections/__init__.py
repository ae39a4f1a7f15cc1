"""Container datatypes: deque, defaultdict, OrderedDict, Counter, namedtuple,
ChainMap, UserDict, UserList and UserString.

Taipan's collections package, with CPython 3.12's API, reprs and error messages,
written in Python on top of a few native helpers (``_collections``):

* ``deque`` and ``defaultdict`` live in ``_taipan_collections`` (handed out by
  ``_collections``, where CPython's collections package looks for them).
* ``OrderedDict`` is a dict whose own order is kept as the ordered dict's order;
  ``move_to_end`` moves the entry inside the dict (O(1) amortised both ways).
* ``namedtuple`` fields are native getters (no Python frame per access).
"""

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'UserDict',
    'UserList',
    'UserString',
    'defaultdict',
    'deque',
    'namedtuple',
]

import _collections_abc
import sys as _sys

from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter
from _collections import (_count_elements, _tuplegetter,
                          _odict_move_to_end, _set_type_name)

from _taipan_collections import deque, defaultdict, _recursive_repr, _GenericAlias

_collections_abc.MutableSequence.register(deque)


################################################################################
### OrderedDict
################################################################################



# Stands for an argument that was not given (where C's messages differ from Python's).
_NO_ARG = object()


def _odict_iter(it):
    """Runs a dict iterator over an ordered dict, failing with OrderedDict's
    message when the dict changes under it."""
    try:
        yield from it
    except RuntimeError:
        raise RuntimeError('OrderedDict mutated during iteration') from None


def _view_repr(self):
    return f'{type(self).__name__}({list(self)!r})'


class odict_keys(_collections_abc.KeysView):
    __slots__ = ()
    __repr__ = _view_repr

    def __iter__(self):
        return _odict_iter(iter(dict.keys(self._mapping)))

    def __reversed__(self):
        return _odict_iter(reversed(dict.keys(self._mapping)))


class odict_values(_collections_abc.ValuesView):
    __slots__ = ()
    __repr__ = _view_repr

    def __iter__(self):
        return _odict_iter(iter(dict.values(self._mapping)))

    def __reversed__(self):
        return _odict_iter(reversed(dict.values(self._mapping)))


class odict_items(_collections_abc.ItemsView):
    __slots__ = ()
    __repr__ = _view_repr

    def __iter__(self):
        return _odict_iter(iter(dict.items(self._mapping)))

    def __reversed__(self):
        return _odict_iter(reversed(dict.items(self._mapping)))


def _view_mapping(self):
    """A read-only proxy of the OrderedDict, as dict views' mapping."""
    from types import MappingProxyType
    return MappingProxyType(self._mapping)


for _view in (odict_keys, odict_values, odict_items):
    _view.__module__ = 'builtins'
    _view.mapping = property(_view_mapping)
del _view, _view_repr, _view_mapping


class OrderedDict(dict):
    """A dict with order-sensitive equality between ordered dicts, reordering
    methods (move_to_end, popitem(last=False)) and reversed views."""

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        self.update(*args, **kwds)

    def update(self, *args, **kwds):
        """Update from a mapping or an iterable of pairs, then from keywords."""
        if len(args) > 1:
            raise TypeError(f'update expected at most 1 argument, got {len(args)}')
        if type(self).__setitem__ is dict.__setitem__:
            dict.update(self, *args, **kwds)
            return
        # A subclass's __setitem__ sees every item, as with CPython's
        # MutableMapping.update.
        if args:
            other = args[0]
            if isinstance(other, dict):
                for key in other:
                    self[key] = other[key]
            elif hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self, last=True):
        """Remove and return the last (key, value) pair, or the first one when
        last is false."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key=_NO_ARG, last=True):
        """Move key to the end, or to the front when last is false; KeyError if
        it is absent."""
        if key is _NO_ARG:
            raise TypeError("move_to_end() missing required argument 'key' (pos 1)")
        _odict_move_to_end(self, key, last)

    def keys(self):
        """A set-like view of the keys, in order."""
        return odict_keys(self)

    def values(self):
        """A view of the values, in order."""
        return odict_values(self)

    def items(self):
        """A set-like view of the (key, value) pairs, in order."""
        return odict_items(self)

    def __iter__(self):
        return _odict_iter(dict.__iter__(self))

    def __reversed__(self):
        return _odict_iter(reversed(dict.keys(self)))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(dict.keys(self), dict.keys(other)):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({dict(dict.items(self))!r})'

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(dict.items(self))

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable=_NO_ARG, value=None):
        """A new ordered dict mapping each key of iterable to value."""
        if iterable is _NO_ARG:
            raise TypeError("fromkeys() missing required argument 'iterable' (pos 1)")
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_GenericAlias)


_set_type_name(OrderedDict, 'collections.OrderedDict')


################################################################################
### namedtuple
################################################################################


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass named typename whose items are also attributes.

    field_names is a sequence of names or one string of names separated by
    spaces or commas.  rename=True replaces invalid or duplicate names with
    _index; defaults apply to the rightmost fields; module sets __module__
    (the caller's module by default).  The class has _make, _replace, _asdict,
    _fields, _field_defaults and __match_args__.
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for i, name in enumerate(names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                names[i] = f'_{i}'
            seen.add(name)

    for name in [typename, *names]:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(names):
            raise TypeError('Got more default values than field names')
        # The defaults belong to the last fields.
        first = len(names) - len(defaults)
        field_defaults = dict(zip(names[first:], defaults))

    fields = tuple(_sys.intern(name) for name in names)
    num_fields = len(fields)
    arg_list = ', '.join(fields)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in fields) + ')'
    tuple_new = tuple.__new__

    # __new__ takes the fields as parameters, so calls are checked (and their errors
    # worded) as for any function.
    namespace = {
        '_tuple_new': tuple_new,
        '__builtins__': {},
        '__name__': f'namedtuple_{typename}',
    }
    __new__ = eval(f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))',
                   namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    _make.__func__.__doc__ = (f'Make a new {typename} object from a sequence '
                              'or iterable')

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        """typename(field=value, ...)"""
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        """A dict of the field names and their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """The fields as a plain tuple (for copy and pickle)."""
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict,
                   __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        doc = _sys.intern(f'Alias for field number {index}')
        class_namespace[name] = _tuplegetter(index, doc)

    result = type(typename, (tuple,), class_namespace)

    # The class belongs to the caller's module (pickle finds it there).
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module

    return result


################################################################################
### Counter
################################################################################

class Counter(dict):
    """A dict that counts hashable items: elements are keys, their counts the
    values, and a missing element counts as zero.

    Counter('abracadabra').most_common(2) == [('a', 5), ('b', 2)]
    """

    def __init__(self, iterable=None, /, **kwds):
        """Count the items of iterable (or take the counts of a mapping), then
        the keyword arguments."""
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """Absent elements count zero."""
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common (element, count) pairs, most common first (all of
        them when n is None)."""
        # A stable sort: equal counts keep the order of first insertion.
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        """Each element repeated as many times as its count (elements with a
        count below one are left out)."""
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts (from an iterable of elements or a mapping of counts)."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    # An empty counter takes the counts as they are.
                    super().update(iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (from an iterable of elements or a mapping of
        counts); counts may drop to zero or below."""
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Delete elem if present (no KeyError)."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            # The most common first (dict keeps that order).
            d = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered.
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    # Multiset comparisons: a missing element counts as zero.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset arithmetic: results keep only positive counts.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
### ChainMap
################################################################################

class ChainMap(_collections_abc.MutableMapping):
    """Several mappings seen as one: lookups search them in order (the list
    ``maps``), while writes and deletions go to the first one."""

    def __init__(self, *maps):
        """maps are the mappings to chain (one empty dict if none is given)."""
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order of a dict updated from the last mapping to the
        # first.
        d = {}
        for mapping in reversed(self.maps):
            d |= dict.fromkeys(mapping)
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one dict mapping each key of iterable to the value."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A ChainMap copying maps[0] and sharing the other maps."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m (a new dict by default, updated with kwargs) in
        front of the current maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of every map but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return an item of maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empty maps[0] (the other maps keep their items)."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


from collections._user import UserDict, UserList, UserString  # noqa: E402
