import json
data = {"name": "Widget", "price": 9.99, "tags": ["a", "b"], "stock": None, "active": True, "dims": [1, 2.5]}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps({"b": 1, "a": [1, 2]}, separators=(",", ":")))
print(json.dumps("héllo"), json.dumps("héllo", ensure_ascii=False))
print(json.dumps((1, 2)), json.dumps({1: "int key"}), json.loads('{"x": 1e3, "y": -0}'))
print(json.loads("[1, 2.0, \"s\", null, true, false]"))
try:
    json.loads("{'bad': 1}")
except json.JSONDecodeError as e:
    print(type(e).__name__, e.msg, e.pos)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps(Pt(1, 2), default=lambda o: o.__dict__))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: Pt(**d)).y)
