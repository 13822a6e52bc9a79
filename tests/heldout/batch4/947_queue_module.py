# queue module used single-threaded
import queue
q = queue.Queue(maxsize=3)
for i in range(3):
    q.put(i)
print(q.qsize(), q.full(), q.empty())
try:
    q.put_nowait(99)
except queue.Full:
    print('Full raised')
print([q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print('Empty raised')
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
lq = queue.LifoQueue()
for x in 'abc':
    lq.put(x)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, 'low'), (1, 'high'), (2, 'mid'), (1, 'also high')]:
    pq.put(item)
out = []
while not pq.empty():
    out.append(pq.get())
print(out)
sq = queue.SimpleQueue()
sq.put('x')
sq.put('y')
print(sq.qsize(), sq.get(), sq.get(), sq.empty())
q2 = queue.Queue()
q2.put('task')
q2.get()
q2.task_done()
q2.join()
print('join returned', q2.unfinished_tasks)
try:
    q2.task_done()
except ValueError as e:
    print(type(e).__name__, e)
print(issubclass(queue.Empty, Exception), queue.Queue().maxsize)
