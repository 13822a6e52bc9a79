import io
b = io.BytesIO(b"alpha\nbeta\ngamma\n\ndelta")
for line in b:
    print(line)
b.seek(0)
print(b.readline())
print(b.readline(2))
print(b.readlines())
print(b.read())
