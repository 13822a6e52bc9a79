# json.dumps of the basic types: scalars, floats as repr, containers, keys
import json

print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-17), json.dumps(10 ** 30))
for f in (1.0, 0.1, 1e16, 1.5e-7, -0.0, 3.141592653589793, 1e300, 2.5e22):
    print(json.dumps(f))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')))
print(json.dumps("hello"), json.dumps(""), json.dumps('say "hi"'))
print(json.dumps([1, "two", 3.0, None, True, [], {}]))
print(json.dumps((1, 2, (3, 4))))
print(json.dumps({"b": 1, "a": [1, 2], "c": {"d": None}}))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({False: 0, 1e100: 1, float('inf'): 2}))
print(json.dumps([[[]]]), json.dumps([{}]), json.dumps({"": ""}))
print(json.dumps(list(range(12))))
print(type(json.dumps(1)).__name__)
