import json
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps((1, 2)))
print(json.dumps("caf\u00e9"))
print(json.dumps("caf\u00e9", ensure_ascii=False))
print(json.dumps("tab\tquote\"back\\"))
print(json.dumps(float("inf")), json.dumps(float("nan")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
print(json.loads("NaN") != json.loads("NaN"), json.loads("Infinity"))
print(json.dumps(10**30), json.loads("123456789012345678901234567890"))
print(json.dumps(1e-7), json.dumps(100.0))
