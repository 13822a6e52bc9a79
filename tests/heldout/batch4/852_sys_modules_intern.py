# sys.modules, sys.path manipulation, sys.intern, sys.exc_info
import sys
import json
print('json' in sys.modules, sys.modules['json'] is json, sys.modules[__name__].__name__)
print(__name__, sys.modules['__main__'].__name__)
import types
fake = types.ModuleType('fake_mod_xyz')
fake.answer = 42
sys.modules['fake_mod_xyz'] = fake
import fake_mod_xyz
print(fake_mod_xyz.answer, fake_mod_xyz.__name__)
del sys.modules['fake_mod_xyz']
print('fake_mod_xyz' in sys.modules)
old = list(sys.path)
sys.path.insert(0, 'some_dir_that_does_not_exist')
print(sys.path[0])
sys.path[:] = old
print(sys.path == old)
a = sys.intern('hello world with spaces')
b = sys.intern(''.join(['hello world ', 'with spaces']))
print(a is b, a == b)
print(sys.exc_info())
try:
    raise ValueError('inside')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, type(tb).__name__)
    try:
        raise KeyError('inner')
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info() == (None, None, None))
try:
    1 / 0
except ZeroDivisionError:
    e = sys.exception()
    print(type(e).__name__, e)
print(sys.exception())
print('sys' in sys.modules, 'json.decoder' in sys.modules)
