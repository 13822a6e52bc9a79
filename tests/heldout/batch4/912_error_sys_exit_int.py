# error case: sys.exit(2) raised from nested function calls; finally blocks run
import sys
def parse_args(argv):
    if len(argv) < 3:
        print('usage: prog SRC DST', file=sys.stderr)
        sys.exit(2)
    return argv[1], argv[2]
def main():
    try:
        src, dst = parse_args(['prog'])
        print('copying', src, dst)
    finally:
        print('cleanup in main')
print('starting')
main()
print('not reached')
