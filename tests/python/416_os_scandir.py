# os.scandir: DirEntry name/path/is_dir/is_file/stat, with-statement, close
import os

base = "/tmp/pyrite-t-%d-416" % os.getpid()
os.makedirs(base + "/sub")
with open(base + "/f.txt", "w") as f:
    f.write("12345")
with os.scandir(base) as it:
    print(type(it).__name__)
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False))
print(entries[0].stat().st_size, isinstance(entries[0], os.DirEntry), type(entries[0]).__name__)
print(list(it))
it = os.scandir(base)
first = next(it)
it.close()
print(list(it), first.name in ("f.txt", "sub"))
cwd = os.getcwd()
os.chdir(base)
print(sorted(e.path for e in os.scandir()), sorted(e.name for e in os.scandir(".")))
os.chdir(cwd)
try:
    os.scandir(base + "/missing")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename == base + "/missing")
try:
    entries[0].is_dir(True)
except TypeError as e:
    print("TypeError")
os.remove(base + "/f.txt")
os.rmdir(base + "/sub")
os.rmdir(base)
