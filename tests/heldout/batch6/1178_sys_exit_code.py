import sys


def main(argv):
    print("program name ends with .py:", argv[0].endswith(".py"))
    errors = []
    for item in ["10", "20", "x", "30"]:
        try:
            print("value", int(item))
        except ValueError:
            errors.append(item)
    if errors:
        print("bad items:", errors)
        return 3
    return 0


try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught bare exit, code:", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(5)
    except Exception:
        print("not caught by except Exception")
except SystemExit as e:
    print("reached outer handler", e.code)
finally:
    print("finally still runs")
sys.stdout.flush()
sys.exit(main(sys.argv))
