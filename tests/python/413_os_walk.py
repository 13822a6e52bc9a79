# os.walk: top-down with pruning, bottom-up, missing top
import os

base = "/tmp/pyrite-t-%d-413" % os.getpid()
for d in ["a/b/c", "a/d", "e", "skip/me"]:
    os.makedirs(os.path.join(base, d))
for f in ["top.txt", "a/one.txt", "a/b/two.txt", "a/b/c/three.txt", "e/four.txt", "skip/me/no.txt"]:
    with open(os.path.join(base, f), "w") as fh:
        fh.write(f)

def rel(p):
    return os.path.relpath(p, base)

for dirpath, dirnames, filenames in os.walk(base):
    dirnames.sort()
    if "skip" in dirnames:
        dirnames.remove("skip")
    print(rel(dirpath), dirnames, sorted(filenames))
print("---")
seen = []
for dirpath, dirnames, filenames in os.walk(base, topdown=False):
    seen.append((rel(dirpath), sorted(dirnames), sorted(filenames)))
print(sorted(seen))
order = [rel(d) for d, _, _ in os.walk(base, topdown=False)]
print(order.index("a/b/c") < order.index("a/b") < order.index("a"), order[-1])
print(list(os.walk(os.path.join(base, "missing"))))
n = 0
for d, ds, fs in os.walk(base):
    n += len(fs)
print(n)
for d, ds, fs in sorted(os.walk(base), reverse=True):
    for f in fs:
        os.remove(os.path.join(d, f))
    os.rmdir(d)
print(os.path.exists(base))
