# SystemExit: caught with its code, finally blocks run while it
# propagates, and an uncaught SystemExit(3) sets the exit status without
# a traceback.
for arg in (None, 0, 2, "text"):
    try:
        raise SystemExit(arg) if arg is not None else SystemExit()
    except SystemExit as e:
        print(repr(e.code), e.args)
def leave():
    try:
        print("leaving")
        raise SystemExit(3)
    finally:
        print("finally runs")
try:
    leave()
except Exception:
    print("not an Exception subclass")
except BaseException as e:
    print("BaseException", type(e).__name__, issubclass(SystemExit, Exception))
print("last line")
leave()
print("never")
