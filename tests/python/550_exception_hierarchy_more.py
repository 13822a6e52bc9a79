# The exception classes the interpreter never raises itself: their hierarchy, OSError's errno/strerror on a subclass, a user Warning subclass
for name in ['ConnectionError', 'BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError', 'Warning', 'UserWarning', 'DeprecationWarning', 'PendingDeprecationWarning', 'SyntaxWarning', 'RuntimeWarning', 'FutureWarning', 'ImportWarning', 'UnicodeWarning', 'BytesWarning', 'ResourceWarning', 'EncodingWarning', 'IndentationError', 'TabError', 'SystemError', 'BufferError', 'ReferenceError', 'StopAsyncIteration', 'UnicodeTranslateError']:
    cls = eval(name)
    print(name, [c.__name__ for c in cls.__mro__])
try:
    raise BrokenPipeError(32, "Broken pipe")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e)
try:
    raise UserWarning("careful")
except Warning as w:
    print(repr(w), isinstance(w, Exception))
class MyWarning(UserWarning):
    pass
print(issubclass(MyWarning, Warning), MyWarning.__mro__[-3].__name__)
raise ConnectionResetError("peer reset")
