# a singly linked list
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push_front(v)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self._len += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self._len
    def __repr__(self):
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._len -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{v!r} not in list")
ll = LinkedList([1, 2, 3, 4])
ll.push_front(0)
print(ll, len(ll), list(ll)[2], 3 in ll, 9 in ll)
ll.reverse()
print(ll, list(ll), sum(ll))
ll.remove(4)
ll.remove(0)
print(ll, len(ll))
try:
    ll.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
empty = LinkedList()
print(empty, len(empty), bool(empty), list(empty))
empty.push_front("x")
print(empty, max(LinkedList([5, 9, 2])), sorted(LinkedList("cab")))
