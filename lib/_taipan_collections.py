"""deque and defaultdict for Taipan: what CPython's _collections module
provides natively.  Taipan's native _collections hands these out (its
module __getattr__ imports this module), so both Taipan's collections package
and CPython's own collections/__init__.py find them there.

``deque`` keeps its items in two lists, the left part reversed, so both ends
are O(1) (amortised: an empty side takes half of the other) and indexing is
O(1).  Iterators notice mutation as CPython's do ("deque mutated during
iteration").
"""

import sys as _sys

from _collections import _set_type_name

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

# Error messages name CPython's C types with their module.
deque.__module__ = 'collections'
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


defaultdict.__module__ = 'collections'
_set_type_name(defaultdict, 'collections.defaultdict')
