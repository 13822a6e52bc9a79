# generators: send, throw, close
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return 'done'
g = accumulator()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
def catcher():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            yield 'caught ' + str(e)
c = catcher()
print(next(c), c.throw(ValueError('boom')), next(c))
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup ran')
cl = cleanup()
print(next(cl))
cl.close()
print('closed')
cl.close()
def gen_exit():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
ge = gen_exit()
next(ge)
ge.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
bc = bad_close()
next(bc)
try:
    bc.close()
except RuntimeError as e:
    print(type(e).__name__, e)
s = (x for x in [1])
print(list(s), next(s, 'exhausted'))
try:
    s.throw(KeyError('k'))
except KeyError as e:
    print('KeyError propagated', e)
