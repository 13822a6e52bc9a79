class Node:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for x in reversed(list(items)):
            self.head = Node(x, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, v):
        dummy = Node(None, self.head)
        p = dummy
        while p.next:
            if p.next.val == v:
                p.next = p.next.next
            else:
                p = p.next
        self.head = dummy.next
    def __str__(self):
        return " -> ".join(map(str, self)) or "empty"
ll = LinkedList([1, 2, 3, 2, 4])
print(ll)
ll.reverse()
print(ll)
ll.remove(2)
print(ll, len(list(ll)))
ll.remove(4); ll.remove(3); ll.remove(1)
print(ll)
