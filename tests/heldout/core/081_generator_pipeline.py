def read(lines):
    for l in lines:
        yield l
def strip(it):
    for l in it:
        yield l.strip()
def nonempty(it):
    return (l for l in it if l)
def numbered(it):
    for i, l in enumerate(it, 1):
        yield f"{i}: {l}"
data = ["  alpha ", "", " beta", "   ", "gamma  "]
for out in numbered(nonempty(strip(read(data)))):
    print(out)
def take(n, it):
    for _, x in zip(range(n), it):
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))
g = naturals()
print(g.gi_running, g.__name__)
