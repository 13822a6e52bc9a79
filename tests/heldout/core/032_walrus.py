data = [1, 5, 12, 7, 20, 3]
print([y for x in data if (y := x * 2) > 10])
print(y)
n = 0
while (n := n + 1) < 5:
    print("n", n)
if (m := len(data)) > 3:
    print("long", m)
vals = iter([3, 2, 1, 0, 5])
while (v := next(vals)) != 0:
    print("v", v)
print((z := 10) + z)
def f():
    [w := i for i in range(3)]
    return w
print(f())
total = 0
sums = [total := total + i for i in range(5)]
print(sums, total)
