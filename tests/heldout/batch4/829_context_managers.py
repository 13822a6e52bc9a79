# context managers
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Managed('a') as v:
    print('inside', v)
with Managed('b', suppress=True):
    raise ValueError('swallowed')
print('after suppressed')
try:
    with Managed('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', e)
with Managed('x') as x, Managed('y') as y:
    print('both', x, y)
with (Managed('p') as p,
      Managed('q') as q):
    print('parenthesized', p, q)
def in_func():
    with Managed('ret'):
        return 'returned'
print(in_func())
for i in range(2):
    with Managed(f'loop{i}'):
        if i == 0:
            continue
        print('body', i)
try:
    with 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError('exit failed')
try:
    with BadExit():
        raise ValueError('original')
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
