# sys.exit with a message string: printed to stderr, exit code 1
import sys
def validate(config):
    missing = [k for k in ("name", "port") if k not in config]
    if missing:
        sys.exit(f"config error: missing {', '.join(missing)}")
    return True
print("validating first config")
print(validate({"name": "svc", "port": 80}))
try:
    validate({})
except SystemExit as e:
    print("caught SystemExit:", e.code)
print("validating second config")
try:
    validate({"name": "x"})
finally:
    print("finally block still runs")
print("never printed")
