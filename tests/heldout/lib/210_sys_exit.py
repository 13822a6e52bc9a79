import sys
try:
    sys.exit(3)
except SystemExit as e:
    print(type(e).__name__, e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print(e.code)
try:
    sys.exit()
except SystemExit as e:
    print(e.code)
print(issubclass(SystemExit, BaseException))
print(issubclass(SystemExit, Exception))
print("still running")
