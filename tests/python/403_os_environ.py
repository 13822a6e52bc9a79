# os.environ (a dict snapshot), os.getenv
import os

print(type(os.environ).__name__ in ("dict", "_Environ"))
print("PATH" in os.environ, os.getenv("PATH") == os.environ["PATH"])
print(os.getenv("PYRITE_SURELY_UNSET_VAR"), os.getenv("PYRITE_SURELY_UNSET_VAR", "dflt"), os.getenv("PYRITE_SURELY_UNSET_VAR", default=3))
print(os.environ.get("PYRITE_SURELY_UNSET_VAR", "none"))
os.environ["PYRITE_SET_HERE"] = "yes"
print(os.getenv("PYRITE_SET_HERE"), os.environ["PYRITE_SET_HERE"])
try:
    os.environ["PYRITE_SURELY_UNSET_VAR"]
except KeyError as e:
    print("KeyError", e)
try:
    os.getenv(1)
except TypeError as e:
    print("TypeError")
