# queue (single-threaded) and the numbers ABC tower
import queue, numbers
from fractions import Fraction
from decimal import Decimal
q = queue.Queue(2)
q.put('a')
q.put_nowait('b')
print(q.qsize(), q.full(), q.empty(), q.maxsize, q.unfinished_tasks)
for call in [lambda: q.put('c', block=False), lambda: q.put('c', timeout=0.001)]:
    try:
        call()
    except queue.Full as e:
        print(type(e).__name__, repr(e))
print(q.get(), q.get(block=False), q.empty())
for call in [q.get_nowait, lambda: q.get(False), lambda: q.get(True, 0.001)]:
    try:
        call()
    except queue.Empty as e:
        print(type(e).__name__, type(e).__module__)
q.task_done()
q.task_done()
q.join()
try:
    q.task_done()
except ValueError as e:
    print(e)
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for item in [(5, 'e'), (1, 'a'), (3, 'c'), (1, 'b')]:
    lq.put(item)
    pq.put(item)
print([lq.get() for _ in range(4)], [pq.get_nowait() for _ in range(4)])
sq = queue.SimpleQueue()
for i in range(3):
    sq.put(i)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty(), sq.get(), sq.empty())
print(issubclass(queue.Full, Exception), issubclass(queue.LifoQueue, queue.Queue))
values = [0, True, 2 ** 70, 1.5, float('inf'), 2j, Fraction(1, 3), Decimal('1.5'), 'x', None]
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, [isinstance(v, cls) for v in values])
print(issubclass(int, numbers.Real), issubclass(float, numbers.Integral), issubclass(bool, numbers.Number), issubclass(complex, numbers.Complex))
print(sorted(numbers.Integral.__abstractmethods__)[:6], len(numbers.Complex.__abstractmethods__), numbers.Number.__hash__)
class Seven(numbers.Integral):
    def __int__(self): return 7
for name in numbers.Integral.__abstractmethods__ - {'__int__'}:
    setattr(Seven, name, lambda self, *a: NotImplemented)
Seven.__abstractmethods__ = frozenset()
s = Seven()
print(s.numerator, s.denominator, s.__index__(), float(s), s.real, s.imag, s.conjugate(), complex(s), isinstance(s, numbers.Rational))
try:
    class Half(numbers.Real):
        pass
    Half()
except TypeError as e:
    print(str(e)[:60])
