import json
data = {"b": [1, 2, {"z": None, "a": True}], "a": "text", "c": 1.5}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps([1, 2], indent=4))
print(json.dumps({}, indent=2), json.dumps([], indent=2))
print(json.dumps({"k": [1]}, indent="\t"))
