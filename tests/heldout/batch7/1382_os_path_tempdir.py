import os
import os.path
import tempfile

print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"))
print(os.path.split("/usr/lib/python3/os.py"), os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.basename("/x/y/"), os.path.dirname("file"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.isabs("/x"), os.path.isabs("x/y"))
print(os.path.relpath("/a/b/c/d", "/a/b"), os.path.relpath("/a/x", "/a/b/c"), os.path.commonpath(["/a/b/c", "/a/b/d"]))
print(os.path.commonprefix(["interstellar", "internet", "interval"]), os.path.splitext("noext"), os.sep, os.path.extsep)
print(os.path.expanduser("relative/path"), os.path.normcase("MiXeD"))
with tempfile.TemporaryDirectory() as root:
    rel = lambda p: os.path.relpath(p, root)
    src = os.path.join(root, "src")
    os.makedirs(os.path.join(src, "pkg", "sub"))
    os.makedirs(os.path.join(src, "pkg"), exist_ok=True)
    try:
        os.makedirs(src)
    except FileExistsError:
        print("FileExistsError for existing dir")
    f = os.path.join(src, "pkg", "mod.py")
    with open(f, "w") as fh:
        fh.write("x = 1\n" * 10)
    print(rel(f), os.path.exists(f), os.path.isfile(f), os.path.isdir(f), os.path.getsize(f))
    print(os.path.isdir(src), os.path.exists(os.path.join(root, "nope")), os.path.islink(f))
    moved = os.path.join(src, "renamed.py")
    os.rename(f, moved)
    print(os.path.exists(f), rel(moved), os.path.abspath(moved) == moved)
    print(sorted(os.listdir(src)), sorted(os.listdir(os.path.join(src, "pkg"))))
    os.replace(moved, os.path.join(src, "pkg", "final.py"))
    print(sorted(os.listdir(src)))
    os.remove(os.path.join(src, "pkg", "final.py"))
    os.rmdir(os.path.join(src, "pkg", "sub"))
    os.rmdir(os.path.join(src, "pkg"))
    print(os.listdir(src))
    try:
        os.rmdir(root)
    except OSError as e:
        print("OSError removing non-empty dir:", type(e).__name__)
    try:
        os.remove(os.path.join(root, "ghost"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror, os.path.basename(e.filename))
    st = os.stat(src)
    print(isinstance(st.st_size, int), isinstance(st.st_mtime, float))
print(os.path.exists(root))
