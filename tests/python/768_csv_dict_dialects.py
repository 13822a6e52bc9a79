# csv: DictReader/DictWriter, dialects (registry, classes, validation messages), files opened with newline="".
import csv
import io
import os

base = "/tmp/pyrite-t-%d-768" % os.getpid()
os.mkdir(base)
p = base + "/t.csv"
with open(p, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["name", "notes"])
    w.writerow(["a", "line1\nline2"])
    w.writerows([["b", 'say "hi"'], [1, 2.0], [None, ""]])
with open(p, "rb") as f:
    print(f.read())
with open(p, newline="") as f:
    for row in csv.DictReader(f):
        print(row)
with open(p) as f:
    print(list(csv.reader(f)))
os.remove(p)
os.rmdir(base)

f = io.StringIO("h1,h2\n1,2\n\n3,4,5\n6\n")
d = csv.DictReader(f)
print(d.line_num, d.fieldnames, d.line_num)
for row in d:
    print(row, d.line_num)
for row in csv.DictReader(io.StringIO("1,2\n3,4,5\n6\n"), fieldnames=["a", "b"], restkey="rest", restval="?"):
    print(row)
print(list(csv.DictReader(io.StringIO(""))), csv.DictReader(io.StringIO("")).fieldnames)
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=["a", "b", "c"])
print(dw.writeheader(), dw.writerow({"a": 1, "b": "x,y"}))
dw.writerows([{"a": 2}, {"c": 3}])
print(repr(s.getvalue()))
try:
    dw.writerow({"a": 1, "d": 2})
except ValueError as e:
    print(e)
try:
    csv.DictWriter(s, ["a"], extrasaction="foo")
except ValueError as e:
    print(e)
s = io.StringIO()
csv.DictWriter(s, ["a"], extrasaction="ignore", restval="R", dialect="unix").writerow({"b": 1})
print(repr(s.getvalue()))

for name in csv.list_dialects():
    D = csv.get_dialect(name)
    print(name, repr(D.delimiter), repr(D.quotechar), D.escapechar, D.doublequote, D.skipinitialspace,
          repr(D.lineterminator), D.quoting, D.strict, type(D).__name__)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.Error.__mro__)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)


class Semi(csv.excel):
    delimiter = ";"
    skipinitialspace = True


csv.register_dialect("semi2", Semi, quotechar="'")
print(csv.list_dialects())
for d in ["pipes", Semi, Semi(), "semi2"]:
    s = io.StringIO()
    csv.writer(s, d).writerow(["a;b", "c d"])
    print(repr(s.getvalue()), list(csv.reader([s.getvalue()], d)))
csv.unregister_dialect("pipes")
for bad in [lambda: csv.get_dialect("pipes"), lambda: csv.unregister_dialect("pipes"), lambda: csv.Dialect(),
            lambda: csv.reader([], "nope")]:
    try:
        bad()
    except csv.Error as e:
        print("Error", e)
for kw in [{"delimiter": ""}, {"delimiter": None}, {"delimiter": 1}, {"quotechar": "ab"}, {"quotechar": 1},
           {"escapechar": 1}, {"quoting": 10}, {"quoting": "a"}, {"lineterminator": None},
           {"lineterminator": 1}, {"quotechar": None, "quoting": csv.QUOTE_ALL}]:
    try:
        csv.writer(io.StringIO(), **kw)
    except TypeError as e:
        print("TypeError", e)
for bad in [lambda: csv.register_dialect(1), lambda: setattr(csv.get_dialect("excel"), "delimiter", ";"),
            lambda: csv.field_size_limit("a")]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
rd = csv.reader(["a b"], quotechar=None, delimiter=" ")
print(rd.dialect.quoting, rd.dialect.delimiter, next(rd))
