import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print("exiting with 0 explicitly")
sys.exit(0)
print("never printed")
