"""heapq for Pyrite: the heap queue algorithm on plain lists (min-heaps).

Written for Pyrite (not CPython's source).  heap[k] <= heap[2*k+1] and
heap[k] <= heap[2*k+2] for every k; only `<` is used to compare items.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    if not isinstance(heap, list):
        raise TypeError('heappush() argument 1 must be list, not %s' % type(heap).__name__)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not isinstance(heap, list):
        raise TypeError('heappop() argument 1 must be list, not %s' % type(heap).__name__)
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    if not isinstance(heap, list):
        raise TypeError('heapreplace() argument 1 must be list, not %s' % type(heap).__name__)
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    if not isinstance(heap, list):
        raise TypeError('heappushpop() argument 1 must be list, not %s' % type(heap).__name__)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    if not isinstance(x, list):
        raise TypeError('heapify() argument 1 must be list, not %s' % type(x).__name__)
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output."""
    items = []
    iters = [iter(it) for it in iterables]
    return _merge(iters, key, reverse)


def _merge(iters, key, reverse):
    # Each entry: [key, order, value, iterator]; order keeps it stable.
    entries = []
    for order in range(len(iters)):
        it = iters[order]
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, order, value, it])
            break
    while entries:
        best = 0
        for i in range(1, len(entries)):
            a = entries[i]
            b = entries[best]
            if reverse:
                better = b[0] < a[0] or (not a[0] < b[0] and a[1] < b[1])
            else:
                better = a[0] < b[0] or (not b[0] < a[0] and a[1] < b[1])
            if better:
                best = i
        e = entries[best]
        yield e[2]
        for value in e[3]:
            e[2] = value
            e[0] = value if key is None else key(value)
            break
        else:
            del entries[best]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset (sorted(iterable, key=key)[:n])."""
    if n <= 0:
        return []
    if key is None:
        return sorted(iterable)[:n]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset (sorted(iterable, key=key, reverse=True)[:n])."""
    if n <= 0:
        return []
    if key is None:
        return sorted(iterable, reverse=True)[:n]
    return sorted(iterable, key=key, reverse=True)[:n]


# The C-speed versions (Rust builtins in Pyrite), as CPython's heapq does.
try:
    from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
except ImportError:
    pass
