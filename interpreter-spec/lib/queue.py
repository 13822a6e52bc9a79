"""queue for Pyrite: FIFO, LIFO and priority queues.

Written for Pyrite (not CPython's source).  Pyrite has no threads, so
nothing can change a queue while a call waits on it: a blocking get() on
an empty queue (or put() on a full one) waits out its timeout and raises
Empty (Full); without a timeout it could never return, and raises
RuntimeError instead of hanging.  join() returns at once when every task
is done and raises RuntimeError otherwise, for the same reason.
"""

import heapq as _heapq
import time as _time
from collections import deque as _deque

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _wait(block, timeout, exc, what):
    """Raises exc for a call that cannot proceed: no other thread could
    ever make it possible."""
    if not block:
        raise exc
    if timeout is None:
        raise RuntimeError('%s would block forever (Pyrite has no threads)' % what)
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    _time.sleep(timeout)
    raise exc


class Queue:
    """A FIFO queue holding at most maxsize items (unbounded if <= 0)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks:
            raise RuntimeError('Queue.join() would block forever (Pyrite has no threads)')

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            _wait(block, timeout, Full, 'Queue.put()')
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            _wait(block, timeout, Empty, 'Queue.get()')
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """Retrieves the lowest entry first (a heap, as heapq orders it)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added entry first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = _deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if not self._queue:
            _wait(block, timeout, Empty, 'SimpleQueue.get()')
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)



SimpleQueue.__module__ = '_queue'
