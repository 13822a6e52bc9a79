import json
import io
data = {"list": [1, [2, [3, [4]]]], "str": "line\nbreak", "num": -0.5, "empty": {}, "u": "\u2603"}
s = json.dumps(data, sort_keys=True)
print(s)
print(json.loads(s) == data)
buf = io.StringIO()
json.dump(data, buf, sort_keys=True, indent=1)
buf.seek(0)
print(json.load(buf) == data)
print(buf.getvalue().count("\n"))
print(json.loads(json.dumps((1, 2))))
