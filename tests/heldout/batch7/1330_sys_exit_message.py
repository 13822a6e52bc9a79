import sys

REQUIRED = ["input", "output"]


def load(settings):
    missing = [k for k in REQUIRED if k not in settings]
    if missing:
        sys.exit(f"error: missing settings: {', '.join(missing)}")
    return settings


print(load({"input": "a.txt", "output": "b.txt"}))
try:
    load({})
except SystemExit as e:
    print("caught:", e.code)
print("now failing for real")
load({"input": "x"})
print("unreachable")
