class Queue:
    def __init__(self, capacity):
        self.buf = [None] * capacity
        self.head = self.size = 0
    def enqueue(self, x):
        if self.size == len(self.buf):
            raise OverflowError("queue full")
        self.buf[(self.head + self.size) % len(self.buf)] = x
        self.size += 1
    def dequeue(self):
        if self.size == 0:
            raise LookupError("queue empty")
        x = self.buf[self.head]
        self.head = (self.head + 1) % len(self.buf)
        self.size -= 1
        return x
    def __len__(self):
        return self.size
q = Queue(3)
for i in range(3):
    q.enqueue(i)
try:
    q.enqueue(99)
except OverflowError as e:
    print(type(e).__name__, e)
print(q.dequeue(), q.dequeue())
q.enqueue(3); q.enqueue(4)
print(len(q), [q.dequeue() for _ in range(len(q))])
try:
    q.dequeue()
except LookupError as e:
    print(type(e).__name__, e)
