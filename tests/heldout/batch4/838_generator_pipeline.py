# generator pipelines and lazy evaluation
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    return (x * x for x in src)
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(6, squares(evens(numbers())))))
log = []
def noisy(src, tag):
    for x in src:
        log.append(f'{tag}{x}')
        yield x
pipe = noisy(noisy(range(3), 'a'), 'b')
print(log)
print(next(pipe), log)
print(list(pipe), log)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fib())))
def read_records(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        name, qty = line.split(',')
        yield name, int(qty)
text = """# inventory
apple,3

pear,5
# end
fig,10
"""
recs = list(read_records(text.splitlines()))
print(recs, sum(q for _, q in recs))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 60]])
