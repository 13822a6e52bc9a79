# gi_*/cr_* attributes, inspect.getgeneratorstate/getcoroutinestate, __closure__ and the code's free/cell variables
import inspect
def g(a):
    x = a + 1
    yield x
    yield x + 1
it = g(1)
print(it.gi_code.co_name, it.gi_running, it.gi_suspended, it.gi_frame is not None, it.gi_yieldfrom, inspect.getgeneratorstate(it))
next(it)
print(it.gi_frame.f_lineno, it.gi_frame.f_code.co_name, it.gi_suspended, inspect.getgeneratorstate(it))
print(inspect.getgeneratorlocals(it))
it.close()
print(it.gi_frame, inspect.getgeneratorstate(it), it.gi_code.co_name, it.gi_suspended)
def me():
    yield inspect.getgeneratorstate(selfgen), selfgen.gi_running
selfgen = me()
print(next(selfgen))
async def c():
    return 1
co = c()
print(co.cr_code.co_name, co.cr_running, co.cr_await, co.cr_origin, co.cr_suspended, inspect.getcoroutinestate(co))
try:
    co.send(None)
except StopIteration as e:
    print(e.value, inspect.getcoroutinestate(co), co.cr_frame)
try:
    it.cr_code
except AttributeError as e:
    print("AttributeError", e)

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c1(); c1()
print(c1.__code__.co_freevars, make_counter.__code__.co_cellvars, make_counter.__code__.co_varnames)
print(c1.__closure__[0].cell_contents, type(c1.__closure__[0]).__name__, make_counter.__closure__)
def f(a, b, *args, **kw):
    z = 1
    y = 2
    def h():
        return a, z, y, kw
    return h
h = f(1, 2)
print(f.__code__.co_varnames, f.__code__.co_cellvars, h.__code__.co_freevars)
print([cell.cell_contents for cell in h.__closure__])
def late():
    def k():
        return later
    try:
        k.__closure__[0].cell_contents
    except ValueError as e:
        print("ValueError", e)
    later = 5
    return k
print(late().__closure__[0].cell_contents)
