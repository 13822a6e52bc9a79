RAW = """\
2024-05-01 10:00:01 GET /index.html 200 512
2024-05-01 10:00:02 GET /about 404 0
# comment line
2024-05-01 10:00:05 POST /api/login 200 128
2024-05-01 10:01:00 GET /index.html 200 512
malformed line here
2024-05-01 10:02:30 GET /api/data 500 0
2024-05-01 10:03:00 GET /api/data 200 2048
2024-05-01 10:04:10 DELETE /api/item/7 403 0
"""

stats = {"read": 0, "skipped": 0}


def read_lines(text):
    for line in text.splitlines():
        stats["read"] += 1
        yield line


def skip_comments(lines):
    for line in lines:
        if line.startswith("#") or not line.strip():
            stats["skipped"] += 1
            continue
        yield line


def parse(lines):
    for line in lines:
        parts = line.split()
        if len(parts) != 6:
            stats["skipped"] += 1
            continue
        date, time, method, path, status, size = parts
        yield {"time": time, "method": method, "path": path, "status": int(status), "size": int(size)}


def only_errors(records):
    return (r for r in records if r["status"] >= 400)


pipeline = parse(skip_comments(read_lines(RAW)))
print(stats)
first = next(pipeline)
print(first, stats)
rest = list(pipeline)
print(len(rest), stats)
errors = list(only_errors(parse(skip_comments(RAW.splitlines()))))
for e in errors:
    print(f"{e['time']} {e['method']:6} {e['path']:14} {e['status']}")
total_bytes = sum(r["size"] for r in parse(RAW.splitlines()))
print("bytes:", total_bytes)
paths = {}
for r in parse(RAW.splitlines()):
    paths.setdefault(r["path"], []).append(r["status"])
print(paths)


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def naturals():
    n = 0
    while True:
        yield n
        n += 1


squares = (x * x for x in naturals())
print(list(take(6, squares)), next(squares))
gen = (c for c in "abc")
print(list(gen), list(gen))
