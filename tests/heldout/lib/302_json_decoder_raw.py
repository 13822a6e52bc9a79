import json
dec = json.JSONDecoder()
obj, end = dec.raw_decode('{"a": 1} trailing')
print(obj, end)
try:
    json.loads('{"a": 1} trailing')
except json.JSONDecodeError as e:
    print(e.msg, e.pos)
enc = json.JSONEncoder(sort_keys=True, indent=None, separators=(", ", ": "))
print(enc.encode({"b": 1, "a": [True, False, None]}))
print("".join(json.JSONEncoder().iterencode([1, [2, {"k": "v"}]])))
