import io
from contextlib import redirect_stdout
def report(items):
    for name, qty in items:
        print(f"{name:<6}{qty:>4}")
    print("-" * 10)
    print(f"{'total':<6}{sum(q for _, q in items):>4}")
buf = io.StringIO()
with redirect_stdout(buf):
    report([("nuts", 3), ("bolts", 12)])
captured = buf.getvalue()
print("captured", len(captured.splitlines()), "lines")
print(captured.upper(), end="")
out = io.StringIO()
print(1, 2, 3, sep=",", file=out)
print("x", end="", file=out)
print(repr(out.getvalue()))
