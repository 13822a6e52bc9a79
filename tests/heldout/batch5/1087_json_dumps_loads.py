# json.dumps / json.loads
import json
data = {"name": "Ann", "age": 31, "tags": ["a", "b"], "active": True, "spouse": None, "score": 9.5}
s = json.dumps(data)
print(s)
print(json.loads(s) == data, type(json.loads(s)).__name__)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, 2, {"k": [3, {"z": 4}]}], separators=(",", ":")))
print(json.dumps("caf\u00e9"), json.dumps("caf\u00e9", ensure_ascii=False) == '"caf\u00e9"')
print(json.dumps((1, 2)), json.dumps({1: "int key", True: "bool key", None: "none key"}))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10 ** 20), json.dumps("tab\there"))
print(json.dumps(float("inf")), json.dumps(float("nan")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): "x", "ok": 1}, skipkeys=True))
print(json.loads("[1, 2.5, \"x\", true, false, null]"), json.loads('"\\u00e9"') == "\u00e9")
print(json.loads('{"a": {"b": [1, {"c": null}]}}')["a"]["b"][1])
print(json.loads("  42 "), json.loads("-1.5e3"), json.loads('"s"'), json.loads("Infinity"))
print(json.loads('{"dup": 1, "dup": 2}'))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent="\t").split("\n"))
print(json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[]], indent=1))
