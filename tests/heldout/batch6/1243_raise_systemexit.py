import sys

USAGE = "usage: tool <command> [args]"


def run(args):
    if not args:
        print(USAGE)
        raise SystemExit(2)
    cmd, *rest = args
    if cmd == "sum":
        return sum(map(int, rest))
    raise SystemExit(f"unknown command: {cmd}")


print(run(["sum", "1", "2", "3"]))
try:
    run(["bogus"])
except SystemExit as e:
    print("caught:", e.code, type(e.code).__name__)
try:
    run([])
except SystemExit as e:
    print("caught code:", e.code)
e = SystemExit(1, 2)
print(e.code, e.args)
print("now exiting for real via raise SystemExit(4)")
sys.stdout.flush()
raise SystemExit(4)
