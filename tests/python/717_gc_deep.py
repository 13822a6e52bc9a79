# Deep object graphs (long linked lists, deeply nested lists) are marked without recursion
# gc-stress: 10000
# pygc-stress: 5000
import gc

head = None
for i in range(100000):
    head = (i, head)
gc.collect()
n = 0
node = head
while node is not None:
    n += 1
    node = node[1]
print(n, head[0])

nest = []
cur = nest
for i in range(50000):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
gc.collect()
depth = 0
cur = nest
while len(cur) > 0 and isinstance(cur[-1], list):
    cur = cur[-1]
    depth += 1
print(depth)

class Link:
    __slots__ = ("v", "next")
    def __init__(self, v, nxt):
        self.v = v
        self.next = nxt
chain = None
for i in range(50000):
    chain = Link(i, chain)
gc.collect()
s = 0
c = chain
while c is not None:
    s += c.v
    c = c.next
print(s)
head = nest = chain = None
print(gc.collect() >= 0)
