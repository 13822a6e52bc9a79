# traceback: formatting exceptions without file paths
import traceback, sys
try:
    int('nope')
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e) if sys.version_info >= (3, 10) else '')
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    print(len(frames), frames[0].name, frames[0].line, frames[0].lineno)
def inner():
    raise KeyError('deep')
def outer():
    inner()
try:
    outer()
except KeyError as e:
    summary = traceback.extract_tb(e.__traceback__)
    print([f.name for f in summary], [f.line for f in summary])
    text = ''.join(traceback.format_exception(type(e), e, None))
    print(repr(text))
class Custom(Exception):
    pass
print(traceback.format_exception_only(Custom, Custom('msg')), traceback.format_exception_only(Custom, Custom()))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError('wrapped') from z
except RuntimeError as e:
    lines = traceback.format_exception(e)
    joined = ''.join(lines)
    print('direct cause' in joined, joined.strip().splitlines()[-1], lines[0].strip())
te = traceback.TracebackException.from_exception(ValueError('x'))
print(list(te.format_exception_only()), te.exc_type.__name__)
def where():
    return traceback.extract_stack()[-1].name
print(where())
try:
    compile('x = (', '<src>', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(type(e), e)).rstrip().splitlines()[-1], e.lineno, e.filename)
