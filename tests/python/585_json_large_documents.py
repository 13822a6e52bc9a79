# json on larger documents: hundreds of records, deep nesting, long strings, round trips
# gc-stress: 2000
# pygc-stress: 100
import json

records = [{"id": i, "name": "user%d" % i, "score": i / 7, "tags": ["t%d" % (i % 5)], "active": i % 3 == 0,
            "extra": None} for i in range(600)]
text = json.dumps(records)
print(len(text), text[:120])
back = json.loads(text)
print(back == records, back[345], sum(r["id"] for r in back))
pretty = json.dumps(records[:3], indent=2, sort_keys=True)
print(pretty)
print(json.loads(pretty) == records[:3])
deep = []
cur = deep
for i in range(150):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
d = json.dumps(deep)
print(len(d), d[:40], d[-40:])
print(json.loads(d) == deep)
nested = {"k": 0}
for i in range(100):
    nested = {"k%d" % i: nested}
print(json.loads(json.dumps(nested)) == nested)
long_str = "abc\u00e9\"\\\n" * 300
enc = json.dumps(long_str)
print(len(enc), json.loads(enc) == long_str, len(json.dumps(long_str, ensure_ascii=False)))
try:
    json.loads(text[:-50])
except json.JSONDecodeError as e:
    print(e)
