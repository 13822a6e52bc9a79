import os.path as p
print(p.join("usr", "local", "bin"), p.join("/a", "/b", "c"), p.join("a/", "b"))
print(p.split("/home/user/file.txt"), p.split("file"), p.split("/"))
print(p.splitext("archive.tar.gz"), p.splitext(".bashrc"), p.splitext("noext"))
print(p.basename("/x/y/z.py"), p.dirname("/x/y/z.py"), p.basename("/x/y/"))
print(p.normpath("a//b/./c/../d"), p.normpath("/../x"), p.normpath(""))
print(p.isabs("/etc"), p.isabs("etc"), p.commonprefix(["/usr/lib", "/usr/local"]))
print(p.commonpath(["/usr/lib/x", "/usr/local/y"]), p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"))
print(p.splitdrive("/x/y"), p.expanduser("no_tilde"), p.sep if hasattr(p, "sep") else "/")
