# yield from delegation
def inner():
    x = yield 'inner-1'
    print('inner got', x)
    y = yield 'inner-2'
    print('inner got', y)
    return 'inner-result'
def outer():
    result = yield from inner()
    print('outer got result', result)
    yield 'outer-final'
g = outer()
print(next(g))
print(g.send('a'))
print(g.send('b'))
print(next(g, 'end'))
def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def sub():
    try:
        yield 1
    except ValueError:
        yield 'sub handled'
def deleg():
    yield from sub()
d = deleg()
next(d)
print(d.throw(ValueError))
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return n * 10
def collect():
    totals = []
    r = yield from counter(3)
    totals.append(r)
    r = yield from counter(2)
    totals.append(r)
    return totals
c = collect()
print(list(c))
c2 = collect()
try:
    while True:
        next(c2)
except StopIteration as e:
    print('return', e.value)
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
