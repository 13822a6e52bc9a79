# os.path string manipulation (no filesystem access)
import os.path as p
paths = ["/srv/app/lib/pkg/site.py", "relative/dir/file.tar.gz", "noext", ".bashrc", "/", "dir/", "a/b/../c"]
for path in paths:
    print(repr(path), p.basename(path), p.dirname(path), p.splitext(path), p.split(path), p.isabs(path))
print(p.join("a", "b", "c.txt"), p.join("a/", "b"), p.join("a", "/abs", "x"), p.join("a", ""))
print(p.normpath("a//b/./c/../d"), p.normpath("/../x"), p.normpath("./"), p.normpath("a/b/../../.."))
print(p.commonprefix(["/srv/lib", "/srv/local", "/srv/libexec"]), p.commonpath(["/srv/lib", "/srv/local/bin"]))
print(p.relpath("/a/b/c", "/a"), p.relpath("/a/x", "/a/b/c"), p.relpath("/a", "/a"))
print(p.splitext("archive.tar.gz"), p.splitext("..hidden"), p.splitext("a.b/c"))
print(p.sep, p.extsep, p.curdir, p.pardir)
print(p.normcase("MiXeD/Case"), p.splitdrive("/no/drive"))
try:
    p.commonpath(["/abs", "rel"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    p.join("a", 5)
except TypeError as e:
    print(type(e).__name__, e)
def change_ext(path, new):
    root, _ = p.splitext(path)
    return root + new
print(change_ext("docs/report.md", ".html"), change_ext("x", ".y"))
files = ["b.txt", "a.py", "c.txt", "d.PY", "readme"]
by_ext = {}
for f in files:
    by_ext.setdefault(p.splitext(f)[1].lower() or "(none)", []).append(f)
print(dict(sorted(by_ext.items())))
print(p.join(*"x/y/z".split("/")), p.basename(p.dirname("/a/b/c.txt")))
