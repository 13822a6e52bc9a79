import sys
import atexit

log = []


def cleanup():
    print("atexit handler ran, log =", log)


atexit.register(cleanup)


def process(items):
    for i in items:
        try:
            if i == "stop":
                print("stop requested")
                sys.exit(0)
            log.append(i)
        finally:
            print("finally for", i)


try:
    process(["a", "b"])
    print("first batch done")
    process(["c", "stop", "d"])
    print("never printed")
except SystemExit as e:
    print("SystemExit intercepted, code", e.code)
print("re-raising exit")
try:
    sys.exit(0)
finally:
    print("outer finally before interpreter exit")
