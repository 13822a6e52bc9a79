# a small workload with re and json together: tokenizer, log parsing, config round trip
# gc-stress: 200
# pygc-stress: 10
import json
import re

TOKEN = re.compile(r'''
    (?P<NUMBER>\d+(?:\.\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/=()])
  | (?P<WS>\s+)
  | (?P<ERR>.)
''', re.VERBOSE)


def tokenize(src):
    out = []
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind != 'WS':
            out.append((kind, m.group()))
    return out


print(tokenize('x = 3.5 * (y + 42) / z2 $'))
log = """2024-01-15 10:00:01 INFO  server started port=8080
2024-01-15 10:00:05 WARN  slow request path=/api/items ms=1234
2024-01-15 10:01:00 ERROR failed path=/api/users code=500
2024-01-15 10:02:30 INFO  request path=/ ms=12"""
LINE = re.compile(r'^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+(?P<msg>.*?)((?: \w+=\S+)*)$', re.M)
records = []
for m in LINE.finditer(log):
    rec = m.groupdict()
    rec['fields'] = dict(re.findall(r'(\w+)=(\S+)', m.group(5)))
    records.append(rec)
print(json.dumps(records, indent=2, sort_keys=True))
by_level = {}
for r in records:
    by_level[r['level']] = by_level.get(r['level'], 0) + 1
print(json.dumps(by_level, sort_keys=True))
back = json.loads(json.dumps(records))
print(back == records, [r['fields'].get('ms') for r in back])
words = re.findall(r'[a-z]+', ('lorem ipsum dolor sit amet consectetur ' * 300).lower())
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(json.dumps(counts, sort_keys=True), len(words))
print(re.sub(r'"(\w+)":', lambda m: '"' + m.group(1).upper() + '":', json.dumps({"a": 1, "bc": [2]})))
