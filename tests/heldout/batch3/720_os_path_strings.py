import os.path as p
import posixpath
path = "/home/user/docs/report.final.txt"
print(posixpath.basename(path), posixpath.dirname(path))
print(posixpath.split(path), posixpath.splitext(path), posixpath.splitext(".bashrc"))
print(posixpath.join("a", "b", "c.txt"), posixpath.join("a", "/abs", "x"), posixpath.join("a/", "b"))
print(posixpath.normpath("/a/./b/../c//d/"), posixpath.normpath("x/../../y"))
print(posixpath.isabs("/x"), posixpath.isabs("x/y"))
print(posixpath.commonprefix(["/usr/lib", "/usr/local"]), posixpath.commonpath(["/usr/lib", "/usr/local"]))
print(posixpath.relpath("/a/b/c", "/a/x"), posixpath.splitdrive("/a/b"))
print(posixpath.basename("/trailing/"), posixpath.dirname("noslash"))
print(p.sep, p.extsep, p.join("x", "y") == posixpath.join("x", "y"))
print(posixpath.expanduser("nochange"), posixpath.normcase("MiXeD"))
