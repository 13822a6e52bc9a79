# json round trips, and dump/load through objects with write/read
import json


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


values = [None, True, 0, -1, 1.25, "text \u00e9\U0001F600", [1, [2, []]],
          {"a": {"b": {"c": [1, 2, 3]}}, "list": [True, False, None]},
          {"num": 1e-10, "big": 123456789012345678901234567890}]
for v in values:
    for kw in ({}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True, "separators": (",", ":")}):
        s = json.dumps(v, **kw)
        assert json.loads(s) == v, (v, kw)
print("roundtrips ok")
print(json.loads(json.dumps((1, 2))))
print(json.loads(json.dumps({1: 2, 2.5: 3, None: 4, True: 5})))
sink = Sink()
json.dump({"k": [1, 2, {"x": None}]}, sink, indent=1)
text = "".join(sink.parts)
print(text)
print(json.load(Source(text)))
print(json.load(Source('[1, 2.5]'), parse_float=str))
