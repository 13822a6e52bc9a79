# io.StringIO and io.BytesIO
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s = io.StringIO("a\nb\nc")
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(2)
s.write("X")
print(repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(10), s.write("!"), repr(s.getvalue()))
with io.StringIO("ctx") as t:
    print(t.read())
print(t.closed)
try:
    t.getvalue()
except ValueError as e:
    print("ValueError", e)
print(print("to buffer", 1, 2, file=s) is None)
b = io.BytesIO(b"abc\ndef")
print(b.read(2), b.readline(), b.read(), b.tell())
b.write(b"GHI")
print(b.getvalue(), type(b).__name__, type(s).__name__)
b.seek(0)
print(list(b))
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError", e)
try:
    io.BytesIO().write("x")
except TypeError as e:
    print("TypeError", e)
print(isinstance(s, io.StringIO), s.readable(), s.writable(), s.seekable())
