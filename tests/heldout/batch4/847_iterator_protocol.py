# custom iterables and iterator protocol
class Range2D:
    def __init__(self, rows, cols): self.rows, self.cols = rows, cols
    def __iter__(self): return ((r, c) for r in range(self.rows) for c in range(self.cols))
    def __len__(self): return self.rows * self.cols
g = Range2D(2, 3)
print(list(g), len(g), list(g) == list(g))
class LinkedList:
    class Node:
        __slots__ = ('val', 'next')
        def __init__(self, val, nxt=None):
            self.val, self.next = val, nxt
    def __init__(self, items=()):
        self.head = None
        for x in reversed(list(items)):
            self.head = self.Node(x, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node.val
            node = node.next
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return ' -> '.join(map(str, self)) or 'empty'
ll = LinkedList([1, 2, 3, 4])
print(ll)
ll.reverse()
print(ll, sum(ll), 3 in ll, LinkedList())
class Peekable:
    def __init__(self, it):
        self.it = iter(it)
        self.buf = []
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf:
            return self.buf.pop()
        return next(self.it)
    def peek(self, default=None):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                return default
        return self.buf[-1]
p = Peekable('abc')
print(p.peek(), next(p), p.peek(), list(p), p.peek('END'))
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)))
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
