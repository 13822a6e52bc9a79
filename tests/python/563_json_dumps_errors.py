# json.dumps errors: unserializable objects, bad keys, circular references, allow_nan
import json

def show(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

show(lambda: json.dumps({1, 2}))
show(lambda: json.dumps(object()))
show(lambda: json.dumps([1, 2, b"bytes"]))
show(lambda: json.dumps({"a": 1j}))
show(lambda: json.dumps({(1, 2): 3}))
show(lambda: json.dumps({frozenset(): 3}))
show(lambda: json.dumps({1: 'a', 'b': 2}, sort_keys=True))
show(lambda: json.dumps(float('nan'), allow_nan=False))
show(lambda: json.dumps([float('inf')], allow_nan=False))
show(lambda: json.dumps({float('-inf'): 1}, allow_nan=False))
a = []
a.append(a)
show(lambda: json.dumps(a))
d = {}
d["self"] = d
show(lambda: json.dumps(d))
show(lambda: json.dumps({"x": [d]}))
b = [1]
show(lambda: json.dumps([b, b, {"k": b}]))
show(lambda: json.dumps({1, 2}, default=sorted))
show(lambda: json.dumps({"when": {3, 1, 2}}, default=lambda o: sorted(o)))
show(lambda: json.dumps(object(), default=lambda o: o))
