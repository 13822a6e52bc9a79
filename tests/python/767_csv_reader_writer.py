# csv.reader/csv.writer: quoting modes, doublequote/escapechar, skipinitialspace, multi-line fields, errors.
import csv
import io


def w(rows, **kw):
    s = io.StringIO()
    try:
        wr = csv.writer(s, **kw)
        for r in rows:
            print(wr.writerow(r), end=" ")
    except Exception as e:
        print(type(e).__name__, e, end=" ")
    print(repr(s.getvalue()))


def r(lines, **kw):
    out = []
    try:
        rd = csv.reader(lines, **kw)
        for row in rd:
            out.append(row)
        print(out, rd.line_num)
    except Exception as e:
        print(type(e).__name__, e, out)


w([["a", "b,c", 'say "hi"', "line\nbreak", ""], [1, 2.5, None, True, 0.1]])
w([[""], [None], [], ["", ""]])
w([[1, 2.5, None, "x", True, 1 + 2j]], quoting=csv.QUOTE_NONNUMERIC)
w([[1, "a b", None]], quoting=csv.QUOTE_ALL)
w([["a,b", 'c"d', "e\\f"]], quoting=csv.QUOTE_NONE, escapechar="\\")
w([["a,b"]], quoting=csv.QUOTE_NONE)
w([[""]], quoting=csv.QUOTE_NONE)
w([['a"b', "c"]], doublequote=False, escapechar="\\")
w([['a"b']], doublequote=False)
w([["a\rb", "c\nd"]], lineterminator="\n")
w([["it's", "b;c"]], delimiter=";", quotechar="'")
w([["x", "y z"], ("t", "u"), "ab", range(3)], dialect="unix")
w([5])
w([["é", "日本"]], delimiter="\t")
r(["a,b,c\r\n", "1,2,3\r\n"])
r(["a,b,c\n", "\n", "", "1,2,3"])
r(['a,"b,c",d\n', 'a,"b""c",d\n', 'a,"b"c,d\n'])
r(['a,"b\n', 'c",d\n', "e\n"])
r(['a,"b"c,d\n'], strict=True)
r(['a,"b\n'])
r(['a,"b\n'], strict=True)
r(["a\rb\n"])
r(["a,b\r\r\n", "c\r", "d\n"])
r(["a\\,b,c\n", "x\\\n", "y,z\n"], escapechar="\\")
r(['"a\\"b",c\n'], escapechar="\\")
r(["a, b,  c\n", 'a, "b,c", d\n'], skipinitialspace=True)
r(['1,2.5,"x",-3e2\n', ",4\n"], quoting=csv.QUOTE_NONNUMERIC)
r(['1,2.5,"x",abc\n'], quoting=csv.QUOTE_NONNUMERIC)
r(['a,"b,c"\n'], quoting=csv.QUOTE_NONE)
r(["'a;b';c\n"], delimiter=";", quotechar="'")
r(["a\tb\n"], dialect="excel-tab")
r([b"a,b\n"])
r(["a,b\n", 5])
r(['"a""b"\n', '"a"b"\n'], doublequote=False)
r(["a,\n", ",\n", '""\n', '"",""\n', "a\x00b\n"])
r(["a,b", "c,d"])
f = io.StringIO('h1,h2\r\n1,2\r\n"3\r\n4",5\r\n')
print(list(csv.reader(f)))
old = csv.field_size_limit(5)
r(["abcdef\n"])
r(['"abcdef"\n'])
print(old, csv.field_size_limit(old), csv.field_size_limit())
rd = csv.reader(["x"])
print(iter(rd) is rd, next(rd), type(rd), type(csv.writer(io.StringIO())))
for bad in [lambda: csv.reader(), lambda: csv.reader(1), lambda: csv.writer(1), lambda: csv.writer(io.StringIO(), foo=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
