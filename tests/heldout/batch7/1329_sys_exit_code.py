import sys


def validate(config):
    errors = []
    if "name" not in config:
        errors.append("missing name")
    if not isinstance(config.get("port"), int):
        errors.append("port must be int")
    return errors


try:
    sys.exit(2)
except SystemExit as e:
    print("caught SystemExit code", e.code, type(e.code).__name__, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit code:", e.code)
try:
    raise SystemExit("text")
except SystemExit as e:
    print("text code:", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(7)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)

configs = [{"name": "svc", "port": 80}, {"port": "80"}]
for cfg in configs:
    errs = validate(cfg)
    print(cfg, "->", errs or "ok")
    if errs:
        print(f"exiting with {len(errs) + 1}")
        sys.stdout.flush()
        try:
            sys.exit(len(errs) + 1)
        finally:
            print("finally runs during exit")
print("never printed")
