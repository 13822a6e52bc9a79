import io
s = io.StringIO("data")
print(s.closed)
s.close()
print(s.closed)
try:
    s.read()
except ValueError as e:
    print(type(e).__name__, e)
b = io.BytesIO(b"x")
with b:
    print(b.read())
print(b.closed)
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print(type(e).__name__)
try:
    io.BytesIO().write("str")
except TypeError as e:
    print(type(e).__name__)
