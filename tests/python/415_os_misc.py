# os.urandom, os.path.realpath/samefile/getatime/getctime, os.fspath, os.strerror
import os

base = "/tmp/pyrite-t-%d-415" % os.getpid()
os.makedirs(base + "/a/b")
p = base + "/a/f.txt"
open(p, "w").close()
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
print(os.path.realpath(base + "/a/b/../f.txt") == p, os.path.realpath(base + "/a/./missing/x") == base + "/a/missing/x")
cwd = os.getcwd()
os.chdir(base + "/a/b")
print(os.path.realpath("..") == base + "/a", os.path.realpath("nope") == base + "/a/b/nope")
os.chdir(cwd)
print(os.path.samefile(p, base + "/a/b/../f.txt"), os.path.samefile(p, base + "/a"))
print(type(os.path.getatime(p)).__name__, os.path.getctime(p) > 1e9)
print(os.fspath("x/y"), os.fspath(b"z"), os.strerror(2), os.strerror(13))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError", e)
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
try:
    os.path.getsize(base + "/none")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
os.remove(p)
os.rmdir(base + "/a/b")
os.rmdir(base + "/a")
os.rmdir(base)
