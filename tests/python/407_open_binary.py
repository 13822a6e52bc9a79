# open(): binary modes, seek/tell, bytes results
import os

base = "/tmp/pyrite-t-%d-407" % os.getpid()
os.mkdir(base)
p = base + "/b.bin"
with open(p, "wb") as f:
    print(type(f).__name__, f.mode)
    print(repr(f).replace(base, "BASE"), f.name == p)
    print(f.write(b"\x00\x01\x02hello\nworld\n"), f.write(bytearray(b"xyz")))
    print(f.tell())
with open(p, "rb") as f:
    print(type(f).__name__, f.read(3), f.tell())
    print(f.readline(), f.readline(), f.readline(), f.readline())
    print(f.seek(-4, 2), f.read(), f.seek(1), f.seek(2, 1), f.read(2))
    print(f.seek(0, 0), f.readlines())
with open(p, "ab") as f:
    print(type(f).__name__, f.tell(), f.write(b"!"))
with open(p, "r+b") as f:
    print(type(f).__name__)
    f.seek(3)
    f.write(b"H")
    f.seek(0)
    print(f.read())
with open(p, "rb") as f:
    for line in f:
        print(line)
try:
    with open(p, "xb") as f:
        pass
except FileExistsError as e:
    print("FileExistsError", e.errno)
data = bytes(range(256)) * 50
with open(p, "wb") as f:
    f.write(data)
with open(p, "rb") as f:
    got = f.read()
print(len(got), got == data)
with open(p, "rb") as f:
    chunks = []
    while True:
        c = f.read(1000)
        if not c:
            break
        chunks.append(c)
print(len(chunks), b"".join(chunks) == data)
os.remove(p)
os.rmdir(base)
