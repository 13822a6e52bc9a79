for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, StopIteration, KeyboardInterrupt, RecursionError, ModuleNotFoundError, NotImplementedError]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
try:
    [][1]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__, e.args)
print(issubclass(BaseException, object), issubclass(Exception, BaseException), issubclass(SystemExit, Exception))
