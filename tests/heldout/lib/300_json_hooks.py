import json
from decimal import Decimal
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError("nope")
print(json.dumps([Point(1, 2)], default=enc))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: sorted(d.items())))
print(json.loads("[1.1, 2]", parse_float=Decimal))
print(json.loads('[["a", 1], ["b", 2]]'))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
