import json
from datetime import date
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d
payload = {"when": date(2021, 5, 4), "tags": {"b", "a"}}
s = json.dumps(payload, cls=Enc, sort_keys=True)
print(s)
back = json.loads(s, object_hook=hook)
print(back["when"].year, back["when"].strftime("%d %b %Y"), back["tags"])
print(json.dumps([1.0, 1e20, 0.1]), json.loads("1e2"), json.loads("12345678901234567890"))
print(json.loads('{"x": 1.5}', parse_float=lambda s: "F" + s))
print(json.dumps({"b": 1, "a": 2}, default=str, sort_keys=True))
print(json.dumps(float("inf")), json.loads("NaN") != json.loads("NaN"))
