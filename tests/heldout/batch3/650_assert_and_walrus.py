data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
results = [y for x in data if (y := x * 2) > 6]
print(results)
it = iter(["a", "b", "", "c"])
while (line := next(it)):
    print("line", line)
def checked(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(checked(5))
try:
    checked(-1)
except AssertionError as e:
    print(type(e).__name__, e)
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 2; x %= 7
print(x)
s = "ab"
s *= 3
print(s)
print(... is Ellipsis, type(...).__name__, NotImplemented.__class__.__name__)
