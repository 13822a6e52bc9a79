import sys
print("exiting with code 3")
try:
    sys.exit(3)
except SystemExit as e:
    print("caught SystemExit", e.code)
sys.stdout.flush()
raise SystemExit(3)
