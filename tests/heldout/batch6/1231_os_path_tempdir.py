import os
import os.path
import tempfile

print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"))
print(os.path.split("/usr/lib/file.tar.gz"), os.path.splitext("/usr/lib/file.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.basename("/a/b/"), os.path.basename("/a/b"), os.path.dirname("/a/b/c"), os.path.dirname("file"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath("x/../../y"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.splitdrive("/x/y"))
print(os.sep, os.curdir, os.pardir, os.extsep, os.path.expanduser("~nonexistent_user_xyz/q").endswith("q"))
with tempfile.TemporaryDirectory() as tmp:
    rel = lambda p: os.path.relpath(p, tmp)
    sub = os.path.join(tmp, "data", "raw")
    os.makedirs(sub)
    os.makedirs(sub, exist_ok=True)
    try:
        os.makedirs(sub)
    except FileExistsError:
        print("FileExistsError from makedirs")
    f = os.path.join(sub, "sample.txt")
    with open(f, "w") as fh:
        fh.write("12345")
    print(rel(f), os.path.exists(f), os.path.isfile(f), os.path.isdir(sub), os.path.isdir(f), os.path.getsize(f))
    print(os.path.exists(os.path.join(tmp, "nope")), os.path.isabs(tmp), os.path.abspath(f) == f)
    new = os.path.join(tmp, "data", "renamed.txt")
    os.rename(f, new)
    print(os.path.exists(f), rel(new), sorted(os.listdir(os.path.join(tmp, "data"))))
    os.replace(new, f)
    st = os.stat(f)
    print(st.st_size, st.st_mtime > 0, os.path.getmtime(f) == st.st_mtime)
    os.remove(f)
    print(os.listdir(sub))
    os.rmdir(sub)
    try:
        os.rmdir(os.path.join(tmp, "missing"))
    except FileNotFoundError as e:
        print("FileNotFoundError errno", e.errno)
    try:
        os.remove(os.path.join(tmp, "data"))
    except (IsADirectoryError, PermissionError) as e:
        print("cannot remove a directory with os.remove:", type(e).__name__ in ("IsADirectoryError", "PermissionError"))
    print(sorted(os.listdir(tmp)))
    old = os.getcwd()
    os.chdir(tmp)
    with open("local.txt", "w") as fh:
        fh.write("x")
    print(os.path.exists(os.path.join(tmp, "local.txt")), os.path.realpath(".") == os.path.realpath(tmp))
    os.chdir(old)
    print(os.getcwd() == old)
print(os.path.exists(tmp))
