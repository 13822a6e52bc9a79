import json

data = {
    "name": "Widget",
    "price": 9.99,
    "count": 3,
    "tags": ["tool", "metal"],
    "active": True,
    "discount": None,
    "dims": {"w": 1.5, "h": 2},
    "unicode": "café ☕",
}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data["tags"], separators=(",", ":")), json.dumps(data["unicode"], ensure_ascii=False))
print(json.dumps([1, 2.0, "3", None, True, False]), json.dumps((1, 2)), json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.loads("[1, 2.5, \"x\", null, true, false]"), json.loads('{"a": {"b": [1, {"c": null}]}}'))
print(json.loads("3"), json.loads('"s"'), json.loads("1e3"), json.loads("-0"), type(json.loads("1.0")).__name__, json.loads("  [ ]  "))
print(json.dumps("quote\" backslash\\ newline\n tab\t"), json.loads('"\\u00e9\\n"'))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.loads("NaN") != json.loads("NaN"), json.loads("-Infinity"))
print(json.dumps({"b": 1, "a": 2}), json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps([1, [2, [3]]], indent="\t"))
from decimal import Decimal
print(json.loads("1.10", parse_float=Decimal), json.loads("12", parse_int=float), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
pairs = json.loads('{"k": 1, "k": 2}', object_pairs_hook=list)
print(pairs, json.loads('{"k": 1, "k": 2}'))
big = 2 ** 70
print(json.dumps(big), json.loads(str(big)) == big, json.dumps(1e100), json.dumps(0.1 + 0.2))
