import io
buf = io.StringIO()
buf.write("first line\n")
n = buf.write("second\n")
print("wrote", n)
print("third", file=buf)
print(repr(buf.getvalue()))
print(buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(3)), repr(buf.read()))
print(repr(buf.read()))
r = io.StringIO("a\nb\nc")
print(r.readlines())
r.seek(0)
for i, line in enumerate(r):
    print(i, repr(line))
print(r.closed)
r.close()
print(r.closed)
try:
    r.read()
except ValueError as e:
    print(type(e).__name__, e)
