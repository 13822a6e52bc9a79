# An uncaught SystemExit with a string: the message goes to stderr and
# the exit status is 1, with no traceback.
def main(args):
    if not args:
        raise SystemExit("usage: prog FILE")
    return 0
print("start")
main([])
