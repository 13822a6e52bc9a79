# using StringIO as a file in a small log processing program
import io
LOG = """\
# comment line
10:00:01 INFO start service
10:00:02 DEBUG config loaded
10:00:05 WARN disk 85%
10:00:09 ERROR timeout talking to db

10:00:10 INFO retrying
10:00:12 ERROR timeout talking to db
10:00:15 INFO recovered
"""
def parse(fp):
    for lineno, line in enumerate(fp, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        ts, level, msg = line.split(" ", 2)
        yield lineno, ts, level, msg
def summarize(fp, out):
    levels = {}
    errors = []
    for lineno, ts, level, msg in parse(fp):
        levels[level] = levels.get(level, 0) + 1
        if level == "ERROR":
            errors.append(f"  line {lineno} at {ts}: {msg}")
    out.write("Level counts:\n")
    for lv in sorted(levels):
        out.write(f"  {lv:<6}{levels[lv]:>3}\n")
    out.write(f"Errors ({len(errors)}):\n")
    out.write("\n".join(errors) + "\n")
src = io.StringIO(LOG)
dst = io.StringIO()
summarize(src, dst)
report = dst.getvalue()
print(report, end="")
print(src.tell() == len(LOG), len(report.splitlines()))
dst.seek(0)
print(dst.readline().strip(), "|", dst.readline().strip())
raw = io.BytesIO(LOG.encode())
wrapped = io.TextIOWrapper(raw, encoding="utf-8")
print(sum(1 for _ in parse(wrapped)))
