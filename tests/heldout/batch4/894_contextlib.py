# contextlib: contextmanager, suppress, ExitStack, redirect_stdout, closing, nullcontext
import contextlib, io
@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('div') as t:
    print('inside', t)
try:
    with tag('err'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed KeyError', e)
with swallow():
    {}['k']
print('continues')
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
    print('never')
print('after suppress')
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured line')
print('got:', repr(buf.getvalue()))
err = io.StringIO()
import sys
with contextlib.redirect_stderr(err):
    print('to err', file=sys.stderr)
print('err got:', repr(err.getvalue()))
class Resource:
    def __init__(self, n):
        self.n = n
    def close(self):
        print('closing', self.n)
with contextlib.closing(Resource(1)) as r:
    print('using', r.n)
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ('a', 'b')]
    stack.callback(print, 'callback ran')
    print('stack body', names)
with contextlib.nullcontext(42) as v:
    print('nullcontext', v)
with contextlib.ExitStack() as st:
    st.push(lambda *exc: print('push exit', exc[0].__name__ if exc[0] else None) or True)
    raise RuntimeError('handled by push')
print('end')
