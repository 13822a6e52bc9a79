import io
import os
import tempfile


def write_report(stream, rows):
    for name, value in rows:
        stream.write(f"{name}={value}\n")


with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "report.txt")
    with open(path, "w") as f:
        write_report(f, [("a", 1), ("b", 2)])
    print(f.closed)
    with open(path) as f:
        print(f.read().splitlines())
buf = io.StringIO()
write_report(buf, [("x", 9)])
print(repr(buf.getvalue()))
buf.close()
try:
    buf.getvalue()
except ValueError as e:
    print("ValueError:", e)
print("writing to closed stream...")
write_report(buf, [("late", 0)])
