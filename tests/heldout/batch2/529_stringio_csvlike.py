import io
src = io.StringIO("name;score\nann;90\nbob;75\n\ncy;88\n")
header = src.readline().strip().split(";")
rows = [dict(zip(header, line.strip().split(";"))) for line in src if line.strip()]
print(header, rows)
out = io.StringIO()
for r in sorted(rows, key=lambda r: -int(r["score"])):
    out.write(f"{r['name'].title()},{r['score']}\n")
print(out.getvalue(), end="")
print(len(out.getvalue().splitlines()), out.tell())
log = io.StringIO()
print("a", 1, sep="=", end=";", file=log)
print("b", file=log)
print(repr(log.getvalue()))
