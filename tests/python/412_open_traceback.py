# an uncaught error raised while a file is open in a with block
import os

base = "/tmp/pyrite-t-%d-412" % os.getpid()
os.mkdir(base)
p = base + "/tb.txt"
with open(p, "w") as f:
    f.write("1\n2\nthree\n")
total = 0
try:
    with open(p) as f:
        for line in f:
            total += int(line)
except ValueError as e:
    print("ValueError", e, total, f.closed)
os.remove(p)
os.rmdir(base)

def load(name):
    with open(name) as f:
        return f.read()

print("before")
load("no-such-file.txt")
