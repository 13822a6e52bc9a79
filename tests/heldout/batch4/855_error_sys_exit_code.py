# error case: sys.exit with an integer code after cleanup in finally
import sys
def main():
    items = [3, 1, 2]
    items.sort()
    print('sorted items:', items)
    try:
        if sum(items) > 5:
            print('sum too large, exiting with code 3')
            sys.exit(3)
    finally:
        print('finally still runs')
    print('not reached')
try:
    main()
except SystemExit as e:
    print('SystemExit code', e.code)
    raise
