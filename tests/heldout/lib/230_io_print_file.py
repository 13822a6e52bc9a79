import io
buf = io.StringIO()
print("a", "b", "c", sep="-", end="!\n", file=buf)
print(1, 2.5, None, file=buf)
print(file=buf)
print("x", end="", file=buf)
v = buf.getvalue()
print(repr(v))
print(v.count("\n"))
