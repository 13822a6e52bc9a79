import sys
import atexit


def goodbye(name):
    print(f"atexit handler says goodbye to {name}")


atexit.register(goodbye, "world")


def main(argv):
    if len(argv) > 5:
        return 2
    print("main running with", len(argv), "arg(s)")
    return 0


codes = []
for value in (0, 1, None, "message", 3.5, [1]):
    try:
        sys.exit(value)
    except SystemExit as e:
        codes.append(repr(e.code))
print(codes)


def guarded(fn):
    try:
        fn()
    except SystemExit as e:
        return f"blocked exit({e.code})"
    return "completed"


print(guarded(lambda: sys.exit(4)), guarded(lambda: None))
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code, e.args)
e = SystemExit(1, 2)
print(e.code, e.args)
cleanup = []
try:
    try:
        sys.exit(9)
    finally:
        cleanup.append("inner finally")
except SystemExit:
    cleanup.append("caught")
print(cleanup)
rc = main(sys.argv)
print("exiting with", rc)
sys.exit(rc)
