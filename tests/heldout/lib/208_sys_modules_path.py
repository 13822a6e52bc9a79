import sys
import json
print("json" in sys.modules)
print(sys.modules["json"] is json)
print("sys" in sys.modules)
print(isinstance(sys.path, list))
print(all(isinstance(p, str) for p in sys.path))
print(sys.modules["__main__"].__name__)
print(__name__)
