import io
import json

bad_docs = ['{"a": 1,}', "[1, 2", "{'single': 1}", '{"a" 1}', "", "tru", '"unterminated', "[1] extra", "01"]
for doc in bad_docs:
    try:
        json.loads(doc)
        print(repr(doc), "parsed?!")
    except json.JSONDecodeError as e:
        print(f"{doc!r:18} {e.msg} (line {e.lineno}, col {e.colno}, pos {e.pos})")
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('{\n  "a": 1,\n  "b": oops\n}')
except ValueError as e:
    print("ValueError:", e)
for obj in [{1, 2}, object, b"bytes", {(1, 2): "tuple key"}]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
cyc = []
cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({(1, 2): 1}, skipkeys=True), json.dumps({"b": 1, "a": 2}, sort_keys=True))
buf = io.StringIO()
json.dump({"saved": [1, 2]}, buf)
buf.seek(0)
print(buf.getvalue(), json.load(buf))
lines = ['{"ok": 1}', "not json", '{"ok": 2}', "[]"]
good, bad = [], 0
for ln in lines:
    try:
        good.append(json.loads(ln))
    except json.JSONDecodeError:
        bad += 1
print(good, bad)
