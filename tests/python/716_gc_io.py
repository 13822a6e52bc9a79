# StringIO and BytesIO objects and open files survive collections
import gc
import io

buf = io.StringIO()
for i in range(100):
    buf.write("line %d\n" % i)
    if i % 25 == 0:
        gc.collect()
print(buf.getvalue().count("\n"), buf.getvalue()[-8:])
bb = io.BytesIO(b"hello world")
bb.seek(6)
gc.collect()
print(bb.read())
readers = [io.StringIO("a\nb\nc\n") for _ in range(10)]
for r in readers:
    r.readline()
gc.collect()
print([r.readline() for r in readers][:3])
import os
path = "/tmp/pyrite_gc_io_test_%d.txt" % os.getpid()
with open(path, "w") as f:
    for i in range(50):
        f.write("%d\n" % i)
        if i % 10 == 0:
            gc.collect()
with open(path) as f:
    first = f.readline()
    gc.collect()
    rest = f.readlines()
os.remove(path)
print(first.strip(), len(rest), rest[-1].strip())
