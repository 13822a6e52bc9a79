# zip, map, filter, any, all, iter with sentinel, next
a = [1, 2, 3]
b = 'xyz'
print(list(zip(a, b)), list(zip(a, b, [True, False])), list(zip()))
print(list(zip([1, 2, 3], 'ab')))
try:
    list(zip([1, 2], 'abc', strict=True))
except ValueError as e:
    print(type(e).__name__, e)
names, nums = zip(*[('a', 1), ('b', 2)])
print(names, nums)
print(list(map(str.upper, ['a', 'b'])), list(map(pow, [2, 3], [3, 2])), list(map(len, ['', 'ab'])))
print(list(filter(lambda x: x > 1, a)), list(filter(str.isdigit, ['1', 'a', '22'])))
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any(x > 2 for x in a))
it = iter(a)
print(next(it), next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e.args))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
import io
buf = io.StringIO('line1\nline2\n\nline4\n')
print(list(iter(buf.readline, '\n')))
m = map(lambda x: x * 2, a)
print(next(m), list(m), list(m))
print(type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(3)), 2 in Countdown(3))
print(callable(len), callable(5), callable(Countdown), callable(lambda: 0))
print(list(map(lambda *xs: sum(xs), [1, 2], [10, 20], [100, 200])))
