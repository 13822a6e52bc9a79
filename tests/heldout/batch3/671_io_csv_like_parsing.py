import io
data = io.StringIO("""name,qty,price
apple,3,0.5
pear,10,0.25
fig,0,2.0
""")
header = data.readline().strip().split(",")
print(header)
rows = []
for line in data:
    vals = line.strip().split(",")
    rows.append(dict(zip(header, vals)))
for r in rows:
    print(r["name"], int(r["qty"]) * float(r["price"]))
out = io.StringIO()
for r in rows:
    out.write("|".join(r.values()) + "\n")
print(out.getvalue(), end="")
import csv
f = io.StringIO('a,"b,c",d\n1,2,3\n')
print(list(csv.reader(f)))
w = io.StringIO()
csv.writer(w, lineterminator="\n").writerow(["x", "y,z", 'q"'])
print(repr(w.getvalue()))
