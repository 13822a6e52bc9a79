# open(): text modes, read/readline/readlines/iteration/write/writelines/with
import os

base = "/tmp/pyrite-t-%d-406" % os.getpid()
os.mkdir(base)
p = base + "/t.txt"
with open(p, "w") as f:
    print(type(f).__name__, f.mode, f.closed, f.writable(), f.readable())
    print(repr(f).replace(base, "BASE"), f.name == p, f.encoding, f.errors)
    print(f.write("line one\n"), f.write("línea dos\n"))
    f.writelines(["three\n", "four"])
    print(f.tell())
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p, "r") as f:
    print(repr(f.readline()), repr(f.readline()), f.tell())
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p) as f:
    print(repr(next(f)), repr(next(f)), repr(f.__next__()), f.__iter__() is f, iter(f) is f)
    print(repr(next(f)), repr(next(f, "end")))
with open(p) as f:
    print(repr(f.read(4)), repr(f.read(0)), repr(f.read(9)), repr(f.readline(3)), repr(f.readline()))
    print(f.seek(0), repr(f.read(5)))
print(list(open(p))[-1])
with open(p, "a") as f:
    print(f.tell())
    f.write("\nfive\n")
with open(p) as f:
    print(f.read().splitlines())
with open(p, "r+") as f:
    f.write("LINE")
    f.seek(0)
    print(repr(f.readline()))
with open(p, "w") as f:
    pass
print(repr(open(p).read()), os.path.getsize(p))
with open(p, "x" if False else "w", encoding="utf-8") as f:
    f.write("a\r\nb\rc\n")
with open(p) as f:
    print(repr(f.read()))
with open(p, "rb") as f:
    print(f.read())
with open(p, "w+") as f:
    f.write("abc\ndef\n")
    f.seek(0)
    print(f.readlines())
print(print("via print", 42, file=open(p, "w")))
print(open(p).read(), end="")
os.remove(p)
os.rmdir(base)
