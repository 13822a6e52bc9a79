import json

order = {
    "id": 1042,
    "customer": {"name": "Zoë", "vip": True, "tags": ["new", "eu"]},
    "items": [{"sku": "A1", "qty": 2, "price": 9.99}, {"sku": "B7", "qty": 1, "price": 120.0}],
    "coupon": None,
    "notes": "Leave at \"back\" door\n",
}
s = json.dumps(order)
print(s)
back = json.loads(s)
print(back == order, type(back["items"]).__name__, back["customer"]["name"])
print(json.dumps(order, indent=2, sort_keys=True))
print(json.dumps(order["customer"], ensure_ascii=False), json.dumps("é"), json.dumps("é", ensure_ascii=False))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps({"a": 1}, separators=(", ", ": ")))
print(json.dumps((1, 2)), json.dumps({1: "int key", True: "b", None: "n"}), json.dumps(1.0), json.dumps(10 ** 20))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads("[1, 2.5, \"x\", true, false, null]"), json.loads('"\\u00e9\\n"'), json.loads("  42 "))
total = sum(i["qty"] * i["price"] for i in back["items"])
print(f"{total:.2f}")


class Money:
    def __init__(self, cents):
        self.cents = cents


def encode(o):
    if isinstance(o, Money):
        return {"__money__": o.cents}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"not serializable: {type(o).__name__}")


def decode(d):
    if "__money__" in d:
        return Money(d["__money__"])
    return d


payload = json.dumps({"price": Money(1999), "tags": {"b", "a"}}, default=encode, sort_keys=True)
print(payload)
obj = json.loads(payload, object_hook=decode)
print(type(obj["price"]).__name__, obj["price"].cents, obj["tags"])
print(json.loads('{"a": 1, "a": 2}'), json.loads("1.5", parse_float=lambda s: f"float:{s}"))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=lambda pairs: pairs))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({"z": 1 + 2j}, cls=Enc))
