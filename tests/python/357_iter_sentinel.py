# iter(callable, sentinel) and next() with defaults.
data = [3, 1, 4, 0, 5]
pos = 0
def read():
    global pos
    pos += 1
    return data[pos - 1]
print(list(iter(read, 0)), pos)
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")), list(lines))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"), next(it, None))
class Dice:
    def __init__(self):
        self.rolls = [6, 2, 6, 1]
    def __call__(self):
        return self.rolls.pop(0)
print(list(iter(Dice(), 1)))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
