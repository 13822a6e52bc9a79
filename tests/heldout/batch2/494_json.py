import json
data = {"name": "Ann", "age": 30, "langs": ["py", "c"], "active": True, "spouse": None, "score": 9.5}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True, indent=2))
back = json.loads(s)
print(back == data, type(back["langs"]).__name__)
print(json.loads('[1, 2.5, "x", true, false, null, {"a": {}}]'))
print(json.dumps("héllo\n"), json.dumps("héllo", ensure_ascii=False))
print(json.dumps((1, 2)), json.dumps({1: "int key"}), json.dumps([], separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print(type(e).__name__, e.msg, e.pos)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
