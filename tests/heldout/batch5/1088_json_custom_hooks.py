# json custom encoders, default=, object_hook, parse_float, dump/load with StringIO
import json
import io
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": True, "x": o.x, "y": o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
def as_point(d):
    if d.get("__point__"):
        return Point(d["x"], d["y"])
    return d
shapes = {"origin": Point(0, 0), "path": [Point(1, 2), Point(3, 4)], "labels": {"b", "a"}}
text = json.dumps(shapes, cls=PointEncoder, sort_keys=True)
print(text)
print(json.loads(text, object_hook=as_point))
print(json.dumps(Point(5, 6), default=lambda o: vars(o)))
try:
    json.dumps(object(), cls=PointEncoder)
except TypeError as e:
    print(type(e).__name__, "not JSON serializable" in str(e))
print(json.loads("[1.1, 2.25]", parse_float=lambda s: ("float", s)), json.loads("[1, 2]", parse_int=float))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads("[NaN, -Infinity]", parse_constant=lambda c: f"<{c}>"))
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
dec = json.JSONDecoder()
obj, end = dec.raw_decode('{"x": 1} trailing')
print(obj, end)
enc = json.JSONEncoder(sort_keys=True, separators=(",", "="))
print(enc.encode({"z": 1, "a": [True, None]}))
print(list(json.JSONEncoder().iterencode([1, "a"])))
