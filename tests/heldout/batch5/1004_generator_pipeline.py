# a lazy generator pipeline
log_lines = """\
2024-01-01 INFO user=alice action=login
2024-01-01 ERROR user=bob action=upload size=12
2024-01-02 INFO user=alice action=upload size=30
2024-01-02 WARN user=carol action=login
2024-01-03 ERROR user=alice action=delete
2024-01-03 INFO user=bob action=upload size=5
""".splitlines()
trace = []
def read(lines):
    for ln in lines:
        trace.append("read")
        yield ln
def parse(lines):
    for ln in lines:
        date, level, *pairs = ln.split()
        rec = dict(p.split("=") for p in pairs)
        rec.update(date=date, level=level)
        yield rec
def where(records, **conds):
    for r in records:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
pipeline = where(parse(read(log_lines)), action="upload")
print(type(pipeline).__name__, len(trace))
first = next(pipeline)
print(first["user"], first["size"], len(trace))
rest = list(pipeline)
print([r["user"] for r in rest], len(trace))
errors = [r["user"] for r in where(parse(log_lines), level="ERROR")]
print(errors)
total = sum(int(r["size"]) for r in parse(log_lines) if "size" in r)
print("total size", total)
trace.clear()
print([r["date"] for r in take(2, parse(read(log_lines)))], len(trace))
def running_avg(nums):
    total = 0
    for i, n in enumerate(nums, 1):
        total += n
        yield round(total / i, 2)
print(list(running_avg(int(r["size"]) for r in parse(log_lines) if "size" in r)))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
