# open() keyword arguments, buffering=0 (FileIO) and the mode attribute/repr of every mode
import os
base = "/tmp/pyrite-t-%d-418" % os.getpid()
os.mkdir(base)
p = base + "/m.txt"
with open(file=p, mode="wt") as f:
    print(f.mode, f.write("1\n"))
with open(p, "rt") as f:
    print(f.mode, f.read())
with open(p, mode="r", encoding=None) as f:
    print(f.encoding)
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read())
for args in [(), (p, "r", 0), (p, "w", -1, None, None, None, True)]:
    try:
        f = open(*args)
        print("ok", type(f).__name__)
        f.close()
    except Exception as e:
        print(type(e).__name__, e)
os.remove(p)
os.rmdir(base)

p = "/tmp/pyrite-t-%d-418-modes" % os.getpid()
for mode in ["wb", "w+b", "rb", "r+b", "ab", "a+b", "xb"]:
    if mode == "xb":
        os.remove(p)
    with open(p, mode) as f:
        print(mode, f.mode, type(f).__name__, repr(f).replace(p, "P"))
    with open(p, mode.replace("x", "w"), buffering=0) as f:
        print(mode, f.mode, type(f).__name__, repr(f).replace(p, "P"))
for mode in ["w", "w+", "r", "rt", "r+", "a", "a+", "at"]:
    with open(p, mode) as f:
        print(mode, f.mode, repr(f).replace(p, "P"))
os.remove(p)
