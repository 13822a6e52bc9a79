# iter with sentinel, next with default
import io
buf = io.StringIO("line one\nline two\n\nafter blank\n")
lines = list(iter(buf.readline, "\n"))
print(lines)
print(repr(buf.readline()))
data = [5, 3, 7, -1, 8]
pos = 0
def read_next():
    global pos
    v = data[pos]
    pos += 1
    return v
print(list(iter(read_next, -1)))
counter = iter(range(3))
print(next(counter), next(counter), next(counter), next(counter, "done"), next(counter, None))
stream = io.BytesIO(b"abcdefghij")
chunks = list(iter(lambda: stream.read(3), b""))
print(chunks)
it = iter(["a", "b"])
try:
    next(it); next(it); next(it)
except StopIteration:
    print("StopIteration raised")
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
first_even = next((n for n in [1, 3, 6, 8] if n % 2 == 0), None)
no_match = next((n for n in [1, 3] if n % 2 == 0), "none")
print(first_even, no_match)
class Dice:
    def __init__(self, seq):
        self.seq = list(seq)
    def __call__(self):
        return self.seq.pop(0)
print(list(iter(Dice([1, 4, 6, 2, 3]), 6)))
gen = (c for c in "xyz")
print(next(gen), list(gen), next(gen, "empty"))
