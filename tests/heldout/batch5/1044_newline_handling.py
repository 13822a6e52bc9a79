# newline translation in StringIO and TextIOWrapper
import io
data = "a\r\nb\rc\nd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(data, newline=nl)
    print(repr(nl), s.readlines())
for nl in [None, "", "\n", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write("x\ny\n")
    print(repr(nl), repr(s.getvalue()))
raw = b"one\r\ntwo\rthree\nfour"
t = io.TextIOWrapper(io.BytesIO(raw), encoding="ascii")
print(t.readlines())
t2 = io.TextIOWrapper(io.BytesIO(raw), encoding="ascii", newline="")
print(t2.readlines())
t3 = io.TextIOWrapper(io.BytesIO(raw), encoding="ascii", newline="\r")
print(t3.readlines())
out = io.BytesIO()
w = io.TextIOWrapper(out, encoding="ascii", newline="\r\n")
w.write("p\nq\n")
w.flush()
print(out.getvalue())
out2 = io.BytesIO()
w2 = io.TextIOWrapper(out2, encoding="ascii", newline="\n")
w2.write("p\nq\r\n")
w2.flush()
print(out2.getvalue())
print("a\r\nb\rc\nd".splitlines(), "a\r\nb\rc\nd".split("\n"))
print("x\n\ny\n".splitlines(keepends=True))
