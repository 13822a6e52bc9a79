# Assignment expressions (:=) in conditions, loops and comprehensions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
it = iter(data)
while (x := next(it, None)) is not None:
    print(x, end=" ")
print()
print([y for v in data if (y := v * 2) > 6], y)
print([total := 0] and [total := total + v for v in data], total)
def f(a):
    return (b := a + 1) * b
print(f(3), (z := 5), z)
print(any((w := c) > 8 for c in data), w)
def f(data):
    found = any((hit := x) > 2 for x in data)
    return found, hit
print(f([1, 5, 2]))
def g():
    return [(last := i) for i in range(3)], last
print(g())
