# realistic program: parse log lines with re and summarize
import re
from collections import Counter, defaultdict
LOG = """\
2024-03-01 10:00:01 INFO  [web] GET /index.html 200 512
2024-03-01 10:00:02 WARN  [web] GET /missing 404 0
2024-03-01 10:00:05 INFO  [api] POST /api/items 201 128
2024-03-01 10:01:00 ERROR [api] POST /api/items 500 0
garbage line without structure
2024-03-01 10:02:30 INFO  [web] GET /about.html 200 2048
2024-03-01 10:03:00 ERROR [db] query timeout after 30s
2024-03-01 10:04:10 INFO  [api] GET /api/items 200 4096
"""
pat = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+\[(?P<svc>\w+)\] (?P<msg>.*)$')
req = re.compile(r'(?P<method>GET|POST) (?P<path>\S+) (?P<status>\d{3}) (?P<size>\d+)')
levels = Counter()
by_service = defaultdict(list)
bad = 0
bytes_total = 0
statuses = Counter()
for line in LOG.splitlines():
    m = pat.match(line)
    if not m:
        bad += 1
        continue
    levels[m['level']] += 1
    by_service[m['svc']].append(m['time'])
    r = req.search(m['msg'])
    if r:
        statuses[r['status'][0] + 'xx'] += 1
        bytes_total += int(r['size'])
    else:
        print('non-request message:', m['msg'])
print('levels', sorted(levels.items()))
print('services', {k: len(v) for k, v in sorted(by_service.items())})
print('first/last api', by_service['api'][0], by_service['api'][-1])
print('statuses', sorted(statuses.items()), 'bytes', bytes_total, 'bad lines', bad)
errors = [l for l in LOG.splitlines() if re.search(r'\bERROR\b', l)]
print(len(errors), [re.sub(r'^\S+ \S+ ', '', e) for e in errors])
paths = re.findall(r'(?:GET|POST) (/[\w/.]*)', LOG)
print(sorted(set(paths)))
times = [tuple(map(int, t.split(':'))) for t in re.findall(r'\d\d:\d\d:\d\d', LOG)]
secs = [h * 3600 + m * 60 + s for h, m, s in times]
print('span seconds', max(secs) - min(secs))
print(re.sub(r'\d+(?= \d+$)', lambda m: m.group()[0] + 'XX', LOG.splitlines()[1]))
