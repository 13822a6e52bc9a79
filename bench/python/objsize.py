# bench: keeps N objects of one kind alive, for the per-object memory figure
# bench-kind: objsize
# usage: objsize.py KIND N   (the harness subtracts the RSS of N=0 from N's)
import sys


class Two:
    def __init__(self, i):
        self.a = i
        self.b = None


class Eight:
    def __init__(self, i):
        self.a = i
        self.b = None
        self.c = None
        self.d = None
        self.e = None
        self.f = None
        self.g = None
        self.h = None


def make(kind, i):
    if kind == "instance2":
        return Two(i)
    if kind == "instance8":
        return Eight(i)
    if kind == "tuple2":
        return (i, None)
    if kind == "list2":
        return [i, None]
    if kind == "float":
        return i + 0.5
    if kind == "str":
        return "s%07d" % i
    if kind == "dict":
        return {"a": i, "b": None}
    if kind == "int":
        return i + 1000000
    raise ValueError("unknown kind " + kind)


kind = sys.argv[1]
n = int(sys.argv[2])
keep = [None] * n
for i in range(n):
    keep[i] = make(kind, i)
print(kind, len(keep))
