import io
raw = io.BytesIO(b"abcdefghij" * 3)
br = io.BufferedReader(raw, buffer_size=8)
print(br.read(4), br.peek(2)[:2], br.read(3))
print(br.tell())
br.seek(0)
print(br.read())
bw_raw = io.BytesIO()
bw = io.BufferedWriter(bw_raw)
bw.write(b"buffered ")
bw.write(b"data")
bw.flush()
print(bw_raw.getvalue())
print(isinstance(br, io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase))
print(isinstance(io.BytesIO(), io.IOBase), issubclass(io.StringIO, io.IOBase))
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print(type(e).__name__, e)
