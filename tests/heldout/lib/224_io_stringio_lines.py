import io
s = io.StringIO("line one\nline two\nline three\nlast")
for i, line in enumerate(s):
    print(i, repr(line))
s.seek(0)
print(repr(s.readline()))
print(s.readlines())
s.seek(0)
print([l.rstrip("\n") for l in s.readlines()])
print(repr(s.readline()))
