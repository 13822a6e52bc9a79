# sys.exit with an integer code
import sys
def process(items):
    errors = 0
    for it in items:
        if not isinstance(it, int):
            print(f"skipping bad item {it!r}")
            errors += 1
        else:
            print(f"processed {it * 2}")
    return errors
try:
    sys.exit(0)
except SystemExit as e:
    print("exit(0) code:", e.code, type(e).__name__, isinstance(e, BaseException), isinstance(e, Exception))
try:
    sys.exit()
except SystemExit as e:
    print("exit() code:", e.code)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("SystemExit(7) code:", e.code)
errs = process([1, "two", 3, None])
print(f"{errs} errors")
sys.stdout.flush()
if errs:
    sys.exit(3)
print("not reached")
