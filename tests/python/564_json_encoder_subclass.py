# json.JSONEncoder: subclass with default, cls= in dumps, encode/iterencode
import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps([Point(1, 2), {3, 1}], cls=PointEncoder))
print(json.dumps({"p": Point(0, -1)}, cls=PointEncoder, indent=2, sort_keys=True))
enc = PointEncoder(separators=(",", ":"))
print(enc.encode({"pts": [Point(1, 1)]}))
print(''.join(enc.iterencode([1, 2, Point(3, 4)])))
print(json.JSONEncoder().encode("caf\u00e9"), json.JSONEncoder(ensure_ascii=False).encode("caf\u00e9"))
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)
try:
    json.dumps(object(), cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(PointEncoder, json.JSONEncoder), json.JSONEncoder.__name__)
