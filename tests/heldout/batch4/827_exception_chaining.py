# exception chaining
class AppError(Exception):
    pass
def load():
    try:
        {}['cfg']
    except KeyError as e:
        raise AppError('config missing') from e
try:
    load()
except AppError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
try:
    implicit()
except ValueError as e:
    print(type(e).__name__, e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def suppressed():
    try:
        int('x')
    except ValueError:
        raise RuntimeError('clean') from None
try:
    suppressed()
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def reraise():
    try:
        [][1]
    except IndexError:
        raise
try:
    reraise()
except IndexError as e:
    print('reraised', type(e).__name__, e)
e = ValueError('a', 'b', 3)
print(e.args, str(e), repr(e))
print(str(KeyError('k')), str(KeyError()), repr(OSError(2, 'No such file')))
err = OSError(2, 'No such file or directory')
print(err.errno, err.strerror, type(err).__name__, isinstance(FileNotFoundError(), OSError))
try:
    try:
        raise TypeError('inner')
    finally:
        print('finally runs')
except TypeError as e:
    print('outer caught', e)
e2 = Exception('note test')
e2.add_note('extra info')
print(e2.__notes__)
try:
    raise ExceptionGroup('group', [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print('ValueErrors:', [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print('TypeErrors:', [str(x) for x in eg.exceptions])
