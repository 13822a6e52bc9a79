import json
s = '{"name": "Ann", "tags": ["x", "y"], "meta": {"age": 30, "h": 1.65, "ok": true, "n": null}}'
d = json.loads(s)
print(d["name"], d["tags"][1], d["meta"]["age"], d["meta"]["ok"], d["meta"]["n"])
print(type(d["meta"]["h"]).__name__, type(d["meta"]["age"]).__name__)
print(json.loads("[1, 2.0, -3e2, \"s\"]"))
print(json.loads('"\\u00e9\\n"') == "\u00e9\n")
print(json.loads("  42  "), json.loads("null"), json.loads("false"))
print(json.loads('{"a": 1, "a": 2}'))
print(list(json.loads('{"z": 1, "a": 2, "m": 3}').keys()))
