"""Container datatypes: deque, defaultdict, OrderedDict, Counter, namedtuple,
ChainMap, UserDict, UserList and UserString.

Taipan's collections package, with CPython 3.12's API, reprs and error messages,
written in Python on top of a few native helpers (``_collections``):

* ``deque`` keeps its items in two lists, the left part reversed, so both ends
  are O(1) (amortised: an empty side takes half of the other) and indexing is
  O(1).  Iterators notice mutation as CPython's do ("deque mutated during
  iteration").
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

_GenericAlias = type(list[int])


def _recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a repr that reaches the same object again
    while it is running shows fillvalue there instead of recursing."""

    def decorate(repr_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return repr_function(self)
            finally:
                running.discard(key)

        wrapper.__module__ = repr_function.__module__
        wrapper.__doc__ = repr_function.__doc__
        wrapper.__name__ = repr_function.__name__
        wrapper.__qualname__ = repr_function.__qualname__
        return wrapper

    return decorate


################################################################################
### deque
################################################################################

class _ReadOnlyAttribute:
    """A data descriptor for deque.maxlen: readable, and not writable with
    CPython's message."""

    __slots__ = ('_name', '_slot')

    def __init__(self, name, slot):
        self._name = name
        self._slot = slot

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError(f"attribute '{self._name}' of "
                             f"'collections.deque' objects is not writable")

    def __delete__(self, obj):
        raise AttributeError(f"attribute '{self._name}' of "
                             f"'collections.deque' objects is not writable")


def _seq_index(i):
    """An index given to deque's item methods, as an int (a C Py_ssize_t)."""
    if not isinstance(i, int):
        try:
            index = type(i).__index__
        except AttributeError:
            raise TypeError(f"sequence index must be integer, "
                            f"not '{type(i).__name__}'") from None
        i = index(i)
    if -_sys.maxsize - 1 <= i <= _sys.maxsize:
        return i
    raise IndexError("cannot fit 'int' into an index-sized integer")


def _ssize_arg(n):
    """An argument parsed as a C Py_ssize_t (rotate's n, the repeat count)."""
    if isinstance(n, int):
        return n
    try:
        index = type(n).__index__
    except AttributeError:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted "
                        f"as an integer") from None
    return index(n)


def _slice_index(i):
    """A start/stop argument of deque.index()."""
    if isinstance(i, int):
        return i
    try:
        index = type(i).__index__
    except AttributeError:
        raise TypeError('slice indices must be integers or have an '
                        '__index__ method') from None
    return index(i)


_MUTATED = 'deque mutated during iteration'


class deque:
    """A sequence with O(1) appends and pops at both ends, optionally bounded
    by maxlen (adding to a full deque drops items from the other end)."""

    # The items are reversed(_front) followed by _back; _state changes with every
    # change of length or order, which is what iterators check.
    __slots__ = ('_front', '_back', '_maxlen', '_state')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._front = []
        self._back = []
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, *args, **kwargs):
        # Parsed by hand for the C signature's messages: deque([iterable[, maxlen]]).
        iterable = ()
        maxlen = None
        if args or kwargs:
            given = len(args) + len(kwargs)
            if given > 2:
                raise TypeError(f'deque() takes at most 2 arguments ({given} given)')
            for pos, name in enumerate(kwargs):
                if name == 'iterable':
                    pos = 0
                elif name == 'maxlen':
                    pos = 1
                else:
                    raise TypeError(f"'{name}' is an invalid keyword argument "
                                    f"for deque()")
                if pos < len(args):
                    raise TypeError(f"argument for deque() given by name "
                                    f"('{name}') and position ({pos + 1})")
            if args:
                iterable = args[0]
                if len(args) > 1:
                    maxlen = args[1]
            iterable = kwargs.get('iterable', iterable)
            maxlen = kwargs.get('maxlen', maxlen)
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            maxlen = int(maxlen)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        if self._front or self._back:
            self.clear()
        if iterable is not ():
            self.extend(iterable)

    maxlen = _ReadOnlyAttribute('maxlen', '_maxlen')

    # -- the ends -------------------------------------------------------------

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        back = self._back
        back.append(x)
        maxlen = self._maxlen
        if maxlen is not None:
            front = self._front
            if len(front) + len(back) > maxlen:
                # Drop the leftmost item (inline popleft).
                if not front:
                    half = (len(back) + 1) // 2
                    front = back[half - 1::-1]
                    del back[:half]
                    self._front = front
                front.pop()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        front = self._front
        front.append(x)
        maxlen = self._maxlen
        if maxlen is not None:
            back = self._back
            if len(front) + len(back) > maxlen:
                # Drop the rightmost item (inline pop).
                if not back:
                    half = (len(front) + 1) // 2
                    back = front[half - 1::-1]
                    del front[:half]
                    self._back = back
                back.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        back = self._back
        if not back:
            front = self._front
            if not front:
                raise IndexError('pop from an empty deque')
            # The right half of the items (front's first entries) become _back.
            half = (len(front) + 1) // 2
            back = front[half - 1::-1]
            del front[:half]
            self._back = back
        self._state += 1
        return back.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        front = self._front
        if not front:
            back = self._back
            if not back:
                raise IndexError('pop from an empty deque')
            # The left half of the items (back's first entries) become _front.
            half = (len(back) + 1) // 2
            front = back[half - 1::-1]
            del back[:half]
            self._front = front
        self._state += 1
        return front.pop()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        maxlen = self._maxlen
        if maxlen is None:
            back = self._back
            n = len(back)
            try:
                back.extend(iterable)
            finally:
                if len(back) != n:
                    self._state += 1
            return
        if maxlen == 0:
            for _ in iterable:
                pass
            return
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        maxlen = self._maxlen
        if maxlen is None:
            front = self._front
            n = len(front)
            try:
                front.extend(iterable)
            finally:
                if len(front) != n:
                    self._state += 1
            return
        if maxlen == 0:
            for _ in iterable:
                pass
            return
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        if self._front or self._back:
            self._state += 1
            self._front = []
            self._back = []

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative,
        rotates left."""
        n = _ssize_arg(n)
        length = len(self._front) + len(self._back)
        if length <= 1:
            return
        half = length >> 1
        if n > half or n < -half:
            n %= length
            if n > half:
                n -= length
            elif n < -half:
                n += length
        self._state += 1
        if n == 0:
            return
        front, back = self._front, self._back
        if n > 0 and n <= len(back):
            # The last n items move, in order, to the left end.
            moved = back[-n:]
            del back[-n:]
            moved.reverse()
            front.extend(moved)
        elif n < 0 and -n <= len(front):
            moved = front[n:]
            del front[n:]
            moved.reverse()
            back.extend(moved)
        else:
            items = front[::-1]
            items += back
            self._front = []
            self._back = items[-n:] + items[:-n]

    # -- the sequence ----------------------------------------------------------

    def __len__(self):
        return len(self._front) + len(self._back)

    def __bool__(self):
        return bool(self._front) or bool(self._back)

    def __getitem__(self, i):
        i = _seq_index(i)
        front = self._front
        nf = len(front)
        if i < 0:
            i += nf + len(self._back)
            if i < 0:
                raise IndexError('deque index out of range')
        if i < nf:
            return front[nf - 1 - i]
        back = self._back
        if i - nf >= len(back):
            raise IndexError('deque index out of range')
        return back[i - nf]

    def __setitem__(self, i, value):
        i = _seq_index(i)
        front = self._front
        nf = len(front)
        if i < 0:
            i += nf + len(self._back)
            if i < 0:
                raise IndexError('deque index out of range')
        if i < nf:
            front[nf - 1 - i] = value
            return
        back = self._back
        if i - nf >= len(back):
            raise IndexError('deque index out of range')
        back[i - nf] = value

    def __delitem__(self, i):
        i = _seq_index(i)
        front = self._front
        nf = len(front)
        if i < 0:
            i += nf + len(self._back)
            if i < 0:
                raise IndexError('deque index out of range')
        back = self._back
        if i >= nf + len(back):
            raise IndexError('deque index out of range')
        self._state += 1
        if i < nf:
            del front[nf - 1 - i]
        else:
            del back[i - nf]

    def insert(self, i, x):
        """Insert value before index."""
        i = _ssize_arg(i)
        n = len(self._front) + len(self._back)
        if self._maxlen == n:
            raise IndexError('deque already at its maximum size')
        if i >= n:
            self.append(x)
            return
        if i <= -n or i == 0:
            self.appendleft(x)
            return
        if i < 0:
            i += n
        self._state += 1
        front = self._front
        nf = len(front)
        if i <= nf:
            front.insert(nf - i, x)
        else:
            self._back.insert(i - nf, x)

    def _items(self):
        """The items as a new list."""
        items = self._front[::-1]
        items += self._back
        return items

    def __iter__(self):
        return self._iter(self._state)

    def _iter(self, state):
        i = 0
        while True:
            if self._state != state:
                raise RuntimeError(_MUTATED)
            front = self._front
            nf = len(front)
            if i < nf:
                yield front[nf - 1 - i]
            else:
                back = self._back
                if i - nf >= len(back):
                    return
                yield back[i - nf]
            i += 1

    def __reversed__(self):
        return self._reversed(self._state, len(self._front) + len(self._back) - 1)

    def _reversed(self, state, i):
        while True:
            if self._state != state:
                raise RuntimeError(_MUTATED)
            if i < 0:
                return
            front = self._front
            nf = len(front)
            if i < nf:
                yield front[nf - 1 - i]
            else:
                yield self._back[i - nf]
            i -= 1

    def __contains__(self, value):
        state = self._state
        for x in self._items():
            if x is value or x == value:
                return True
            if self._state != state:
                raise RuntimeError(_MUTATED)
        return False

    def count(self, value):
        """Return number of occurrences of value."""
        state = self._state
        n = 0
        for x in self._items():
            if x is value or x == value:
                n += 1
            if self._state != state:
                raise RuntimeError(_MUTATED)
        return n

    def index(self, value, start=0, stop=_sys.maxsize):
        """Return first index of value.

        Raises ValueError if the value is not present."""
        start = _slice_index(start)
        stop = _slice_index(stop)
        items = self._items()
        n = len(items)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        state = self._state
        for i in range(start, stop):
            x = items[i]
            if x is value or x == value:
                return i
            if self._state != state:
                raise RuntimeError(_MUTATED)
        raise ValueError(f'{value!r} is not in deque')

    def remove(self, value):
        """Remove first occurrence of value."""
        state = self._state
        for i, x in enumerate(self._items()):
            found = x is value or x == value
            if self._state != state:
                raise IndexError(_MUTATED)
            if found:
                del self[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._front, self._back = self._back, self._front

    # -- copies, operators, comparisons -----------------------------------------

    def copy(self):
        """Return a shallow copy of a deque."""
        cls = type(self)
        if cls is deque:
            new = deque.__new__(deque)
            new._maxlen = self._maxlen
            new._front = self._front[:]
            new._back = self._back[:]
            return new
        if self._maxlen is None:
            new = cls(self)
        else:
            new = cls(self, self._maxlen)
        if not isinstance(new, deque):
            raise TypeError(f'{cls.__name__}() must return a deque, '
                            f'not {type(new).__name__}')
        return new

    __copy__ = copy

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not '
                            f'"{type(other).__name__}") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            raise TypeError(f"can't multiply sequence by non-int of type "
                            f"'{type(n).__name__}'")
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            if not hasattr(type(n), '__index__'):
                raise TypeError(f"can't multiply sequence by non-int of type "
                                f"'{type(n).__name__}'")
            n = type(n).__index__(n)
        if n <= 0:
            self.clear()
        elif n > 1 and (self._front or self._back):
            items = self._items()
            maxlen = self._maxlen
            if maxlen is not None and len(items) * (n - 1) > maxlen:
                # Only the last maxlen items of the repetition survive.
                n = 1 + (maxlen + len(items) - 1) // len(items)
            for _ in range(n - 1):
                self.extend(items)
        return self

    def _compare_lists(self, other):
        if not isinstance(other, deque):
            return None
        return self._items(), other._items()

    def __eq__(self, other):
        pair = self._compare_lists(other)
        if pair is None:
            return NotImplemented
        return pair[0] == pair[1]

    def __ne__(self, other):
        pair = self._compare_lists(other)
        if pair is None:
            return NotImplemented
        return pair[0] != pair[1]

    def __lt__(self, other):
        pair = self._compare_lists(other)
        if pair is None:
            return NotImplemented
        return pair[0] < pair[1]

    def __le__(self, other):
        pair = self._compare_lists(other)
        if pair is None:
            return NotImplemented
        return pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._compare_lists(other)
        if pair is None:
            return NotImplemented
        return pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._compare_lists(other)
        if pair is None:
            return NotImplemented
        return pair[0] >= pair[1]

    __hash__ = None

    @_recursive_repr('[...]')
    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({self._items()!r})'
        return f'{name}({self._items()!r}, maxlen={self._maxlen})'

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        if self._maxlen is None:
            return type(self), ((),), state, iter(self)
        return type(self), ((), self._maxlen), state, iter(self)

    __class_getitem__ = classmethod(_GenericAlias)


_collections_abc.MutableSequence.register(deque)
# Error messages name CPython's C types with their module.
_set_type_name(deque, 'collections.deque')


################################################################################
### defaultdict
################################################################################

# The default factories whose repr is being computed (a factory whose repr shows
# its own defaultdict again appears as '...').
_factory_reprs = set()


class defaultdict(dict):
    """A dict whose missing keys get a value from default_factory (called with
    no arguments) when read with d[key]; the other arguments are dict()'s."""

    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        elif id(factory) in _factory_reprs:
            factory_repr = '...'
        else:
            _factory_reprs.add(id(factory))
            try:
                factory_repr = repr(factory)
            finally:
                _factory_reprs.discard(id(factory))
        return f'{type(self).__name__}({factory_repr}, {dict.__repr__(self)})'

    def copy(self):
        """A shallow copy, with the same default factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_GenericAlias)


################################################################################
### OrderedDict
################################################################################

_set_type_name(defaultdict, 'collections.defaultdict')


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
