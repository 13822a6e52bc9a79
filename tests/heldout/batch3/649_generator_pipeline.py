lines = ["# comment", "alpha 3", "", "beta 5", "gamma x", "delta 7"]
def nonblank(ls):
    for l in ls:
        if l and not l.startswith("#"):
            yield l
def parse(ls):
    for l in ls:
        name, val = l.split()
        try:
            yield name, int(val)
        except ValueError:
            print("skip", name)
def running_total(pairs):
    total = 0
    for name, v in pairs:
        total += v
        yield name, total
for name, tot in running_total(parse(nonblank(lines))):
    print(name, tot)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))
g = naturals()
g.close()
print(next(g, "closed"))
