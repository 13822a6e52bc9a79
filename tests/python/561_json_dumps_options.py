# json.dumps options: indent (int, str, 0), separators, sort_keys, skipkeys
import json

data = {"name": "pyrite", "tags": ["a", "b"], "nested": {"z": 1, "a": [1, {"k": []}]}, "empty": {}, "n": None}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent="--"))
print(json.dumps([1, [2, 3]], indent=0))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(";", "=")))
print(json.dumps(data, indent=1, separators=(",", ": ")))
print(json.dumps(data, sort_keys=True))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
print(json.dumps({"a": 1, (1, 2): 2, "b": 3}, skipkeys=True))
print(json.dumps({(1, 2): 2, "b": 3}, skipkeys=True, indent=2))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps("x", indent=2), json.dumps(5, indent=2))
