# Modules, sys.modules and imports survive collections; objects reachable only from modules stay alive
import gc
import sys

def load():
    import json
    import collections
    return json, collections

gc.collect()
json, collections = load()
gc.collect()
print(json.dumps({"a": [1, 2, {"b": None}]}, sort_keys=True))
print("json" in sys.modules, sys.modules["json"] is json)
C = collections.Counter("abracadabra")
gc.collect()
print(C.most_common(3))
OD = collections.OrderedDict((str(i), i) for i in range(5))
gc.collect()
print(list(OD.items()))
dq = collections.deque(range(10), maxlen=5)
gc.collect()
print(list(dq))
sys.path.append("/nonexistent-dir-for-gc-test")
gc.collect()
print(sys.path[-1])
sys.path.pop()

import math
gc.collect()
print(math.sqrt(16.0), math.pi > 3)
mod = sys.modules[__name__]
mod.extra = [1, 2, 3]
gc.collect()
print(extra, mod.extra is extra)

def f():
    import string
    return string.ascii_lowercase
gc.collect()
print(f())
