# sys.exit(0) and SystemExit semantics: the program stops with status 0
import sys
def stage(n):
    print('stage', n)
    if n == 3:
        sys.exit(0)
try:
    sys.exit('caught message')
except SystemExit as e:
    print('caught SystemExit', repr(e.code), isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise SystemExit
except SystemExit as e:
    print('bare SystemExit code', e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print('None code', e.code)
try:
    for i in range(1, 10):
        stage(i)
except Exception:
    print('Exception handler does not catch SystemExit')
finally:
    print('finally before exit')
print('never printed')
