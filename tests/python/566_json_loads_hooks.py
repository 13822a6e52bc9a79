# json.loads hooks: object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, JSONDecoder
import json

doc = '{"a": 1, "b": 2.5, "c": [1, {"d": 3}], "e": NaN}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda pairs: [k for k, v in pairs]))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, parse_float=lambda s: "F" + s))
print(json.loads(doc, parse_int=lambda s: int(s) * 10))
print(json.loads('[1, 2.0, 3e2]', parse_int=float, parse_float=str))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads(doc, object_hook=lambda d: d, object_pairs_hook=dict))


class Obj:
    def __init__(self, d):
        self.items = sorted(d.items())

    def __repr__(self):
        return "Obj(" + ", ".join("%s=%r" % kv for kv in self.items) + ")"


print(json.loads('{"x": 1, "y": {"z": 2}}', object_hook=Obj))
dec = json.JSONDecoder(object_hook=lambda d: len(d))
print(dec.decode('[{"a":1,"b":2}, {}]'))
print(json.JSONDecoder().raw_decode('[1, 2] trailing'))
print(json.JSONDecoder().raw_decode('xx{"k": "v"}yy', 2))
print(json.loads('{"k": 1}', cls=json.JSONDecoder))
print(json.JSONDecoder(strict=False).decode('"tab\there"'))
