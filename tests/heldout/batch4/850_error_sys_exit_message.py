# error case: sys.exit with a message string (printed to stderr, exit code 1)
import sys
REQUIRED = ('host', 'port', 'user')
def check_config(cfg):
    missing = [k for k in REQUIRED if k not in cfg]
    return missing
def describe(cfg):
    return ', '.join(f'{k}={cfg[k]!r}' for k in sorted(cfg))
configs = [
    {'host': 'db1', 'port': 5432, 'user': 'admin'},
    {'host': 'localhost'},
]
for cfg in configs:
    print('checking config:', describe(cfg))
    missing = check_config(cfg)
    print('missing keys:', missing)
    if missing:
        sys.exit('fatal: missing ' + ', '.join(missing))
    print('config ok')
print('not reached')
