# Exceptions, tracebacks, chaining and the handled exception survive collections
import gc

class AppError(Exception):
    def __init__(self, msg, data):
        super().__init__(msg)
        self.data = data

def fail(n):
    if n == 0:
        raise AppError("bottom", [1, 2, 3])
    return fail(n - 1)

saved = []
for i in range(3):
    try:
        fail(5)
    except AppError as e:
        saved.append(e)
        gc.collect()
        print(type(e).__name__, e, e.data, e.args)
gc.collect()
print([str(e) for e in saved], saved[0].data)

try:
    try:
        {}["missing"]
    except KeyError as inner:
        gc.collect()
        raise ValueError("outer") from inner
except ValueError as e:
    gc.collect()
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        junk = [[0] * 100 for _ in range(100)]
        gc.collect()
        raise RuntimeError("during handling")
except RuntimeError as e:
    gc.collect()
    print(repr(e), type(e.__context__).__name__)

def handler():
    try:
        raise TypeError("current")
    except TypeError:
        gc.collect()
        try:
            raise
        except TypeError as again:
            return str(again)
print(handler())

errs = []
for i in range(1000):
    try:
        int("x%d" % i)
    except ValueError as e:
        if i % 250 == 0:
            errs.append(e)
gc.collect()
print([str(e) for e in errs])

def finally_order():
    log = []
    try:
        try:
            log.append("try")
            raise IndexError("idx")
        finally:
            gc.collect()
            log.append("finally")
    except IndexError as e:
        log.append("caught " + str(e))
    return log
print(finally_order())

def uncaught_later():
    raise AppError("final", {"k": [1]})
gc.collect()
uncaught_later()
