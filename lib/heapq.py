"""Heap queue algorithm (a.k.a. priority queue).

Taipan's heapq module: CPython 3.12's API, written for Taipan in pure Python.

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k
for which the children exist; a[0] is then the smallest item.  The sift
routines below perform the same comparisons, in the same order, as CPython's
so that the lists they leave behind are laid out identically.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _require_list(func, heap, argument=' 1'):
    if not isinstance(heap, list):
        raise TypeError('%s() argument%s must be list, not %s'
                        % (func, argument, type(heap).__name__))


# -- min-heap primitives ----------------------------------------------------

def _bubble_up(heap, top, pos):
    """Move heap[pos] towards the root (never above index top) while it is
    smaller than its parent."""
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not (item < parent):
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sink(heap, pos):
    """Restore the heap below pos: walk the hole at pos down to a leaf by
    always following the smaller child, then bubble the item back up."""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not (heap[child] < heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


# -- max-heap primitives (used by merge(reverse=True) and nsmallest) --------

def _bubble_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not (parent < item):
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not (heap[right] < heap[child]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, top, pos)


# -- public API -------------------------------------------------------------

def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _require_list('heappush', heap)
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _require_list('heappop', heap, '')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item.

    This is more efficient than heappop() followed by heappush(), and can be
    more appropriate when using a fixed-size heap.  Note that the value
    returned may be larger than item!  That constrains reasonable uses of
    this routine unless written as part of a conditional replacement:

        if item > heap[0]:
            item = heapreplace(heap, item)
    """
    _require_list('heapreplace', heap)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the
    heap.

    The combined action runs more efficiently than heappush() followed by
    a separate call to heappop()."""
    _require_list('heappushpop', heap)
    if not heap or not (heap[0] < item):
        return item
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _require_list('heapify', heap, '')
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, pos)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    _require_list('_heappop_max', heap, '')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    _require_list('_heapreplace_max', heap)
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def _heapify_max(heap):
    """Maxheap version of heapify."""
    _require_list('_heapify_max', heap, '')
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink_max(heap, pos)


# -- merge, nlargest, nsmallest ---------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

    """
    if reverse:
        make_heap, replace_top, remove_top, step = \
            _heapify_max, _heapreplace_max, _heappop_max, -1
    else:
        make_heap, replace_top, remove_top, step = \
            heapify, heapreplace, heappop, 1

    # Each heap entry is a list [sort value, tie-breaker, ...] where the
    # tie-breaker (the input's position, negated when reversed) is unique, so
    # the comparison never looks past it and equal values come out in input
    # order.
    entries = []
    position = 0
    for iterable in iterables:
        it = iter(iterable)
        for value in it:
            if key is None:
                entries.append([value, position * step, it])
            else:
                entries.append([key(value), position * step, value, it])
            break
        position += 1
    make_heap(entries)

    if key is None:
        while len(entries) > 1:
            while True:
                entry = entries[0]
                yield entry[0]
                try:
                    entry[0] = next(entry[2])
                except StopIteration:
                    remove_top(entries)
                    break
                replace_top(entries, entry)
        if entries:
            entry = entries[0]
            yield entry[0]
            yield from entry[2]
        return

    while len(entries) > 1:
        while True:
            entry = entries[0]
            yield entry[2]
            try:
                value = next(entry[3])
            except StopIteration:
                remove_top(entries)
                break
            entry[0] = key(value)
            entry[2] = value
            replace_top(entries, entry)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        missing = object()
        if key is None:
            best = min(iterable, default=missing)
        else:
            best = min(iterable, default=missing, key=key)
        return [] if best is missing else [best]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    # Keep the n best seen so far in a max-heap whose root is the worst of
    # them; entries carry a running counter so that ties keep input order.
    it = iter(iterable)
    if key is None:
        kept = [(value, count) for count, value in zip(range(n), it)]
        if not kept:
            return kept
        _heapify_max(kept)
        worst = kept[0][0]
        count = n
        for value in it:
            if value < worst:
                _heapreplace_max(kept, (value, count))
                worst = kept[0][0]
            count += 1
        kept.sort()
        return [entry[0] for entry in kept]

    kept = [(key(value), count, value) for count, value in zip(range(n), it)]
    if not kept:
        return kept
    _heapify_max(kept)
    worst = kept[0][0]
    count = n
    for value in it:
        k = key(value)
        if k < worst:
            _heapreplace_max(kept, (k, count, value))
            worst = kept[0][0]
        count += 1
    kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        missing = object()
        if key is None:
            best = max(iterable, default=missing)
        else:
            best = max(iterable, default=missing, key=key)
        return [] if best is missing else [best]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    # Mirror image of nsmallest: a min-heap of the n best so far, with a
    # decreasing counter so that, after the final reverse sort, ties keep
    # input order.
    it = iter(iterable)
    if key is None:
        kept = [(value, -count) for count, value in zip(range(n), it)]
        if not kept:
            return kept
        heapify(kept)
        worst = kept[0][0]
        count = n
        for value in it:
            if worst < value:
                heapreplace(kept, (value, -count))
                worst = kept[0][0]
            count += 1
        kept.sort(reverse=True)
        return [entry[0] for entry in kept]

    kept = [(key(value), -count, value) for count, value in zip(range(n), it)]
    if not kept:
        return kept
    heapify(kept)
    worst = kept[0][0]
    count = n
    for value in it:
        k = key(value)
        if worst < k:
            heapreplace(kept, (k, -count, value))
            worst = kept[0][0]
        count += 1
    kept.sort(reverse=True)
    return [entry[2] for entry in kept]
