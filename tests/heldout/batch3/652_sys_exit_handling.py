import sys
def run(code):
    try:
        sys.exit(code)
    except SystemExit as e:
        print("SystemExit code:", repr(e.code))
run(0)
run(3)
run("message")
run(None)
try:
    raise SystemExit(7)
except SystemExit as e:
    print(type(e).__name__, e.code, isinstance(e, Exception), isinstance(e, BaseException))
print("still running")
