import json
from datetime import date
from dataclasses import dataclass, asdict


@dataclass
class Order:
    id: int
    placed: date
    items: list


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, Order):
            return asdict(o)
        return super().default(o)


def decode_hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d


order = Order(7, date(2024, 5, 1), ["pen", "ink"])
text = json.dumps({"order": order, "codes": {"b", "a"}}, cls=Encoder, sort_keys=True)
print(text)
back = json.loads(text, object_hook=decode_hook)
print(back["order"]["placed"], type(back["order"]["placed"]).__name__, back["codes"])
print(json.dumps(date(2020, 1, 2), default=str), json.dumps({"s": {3, 1}}, default=sorted))
try:
    json.dumps({"when": date(2020, 1, 1)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "x", "ok": 1}, skipkeys=True))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
bad_inputs = ['{"a": 1,}', "[1, 2", "{'single': 1}", "", "tru", '{"a" 1}', "[1] extra", '"unterminated']
for b in bad_inputs:
    try:
        json.loads(b)
    except json.JSONDecodeError as e:
        print(repr(b), "->", e.msg, "| line", e.lineno, "col", e.colno, "pos", e.pos)
print(issubclass(json.JSONDecodeError, ValueError))
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError:", e)
