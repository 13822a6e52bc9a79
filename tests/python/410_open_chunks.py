# text reads across the 8 KiB read-ahead: multi-byte chars and \r\n split
# at chunk boundaries, read(n) counting chars, tell() after reads
import os

base = "/tmp/pyrite-t-%d-410" % os.getpid()
os.mkdir(base)
p = base + "/c.txt"
for pad in [8190, 8191, 8192, 8193, 16383]:
    body = "x" * pad + "é€😀\r\nnext\rlast\n" + "y" * 100 + "\r"
    with open(p, "w", newline="") as f:
        f.write(body)
    with open(p, "rb") as f:
        raw = f.read()
    with open(p) as f:
        text = f.read()
    with open(p) as f:
        lines = f.readlines()
    with open(p) as f:
        parts = []
        while True:
            c = f.read(pad // 3 + 1)
            if not c:
                break
            parts.append(c)
    with open(p) as f:
        f.read(pad)
        c3 = f.read(3)
        pos = f.tell()
        rest = f.readline()
    print(pad, len(raw), len(text), text.count("\n"), [len(l) for l in lines], "".join(parts) == text, c3 == "é€😀", pos, repr(rest))
with open(p, "w") as f:
    for i in range(3000):
        f.write("row %d\n" % i)
with open(p) as f:
    n = 0
    total = 0
    for line in f:
        n += 1
        total += int(line.split()[1])
print(n, total, os.path.getsize(p))
with open(p) as f:
    f.readline()
    print(f.tell())
    f.read(10000)
    t = f.tell()
    print(t, repr(f.readline()))
    f.seek(t)
    print(repr(f.readline()))
os.remove(p)
os.rmdir(base)
