import sys

config = {"input": "data.csv", "mode": "fast"}
REQUIRED = ["input", "output", "mode"]


def check(cfg):
    missing = [k for k in REQUIRED if k not in cfg]
    return missing


print("checking configuration")
missing = check(config)
print("missing keys:", missing)
try:
    sys.exit("caught message")
except SystemExit as e:
    print("code attribute:", repr(e.code), "args:", e.args)
if missing:
    sys.exit(f"error: missing required setting(s): {', '.join(missing)}")
print("not reached")
