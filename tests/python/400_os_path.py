# os.path: pure string functions (CPython's posixpath)
import os
import os.path
from os.path import join, split, splitext, basename, dirname, normpath

print(os.path is os.path, os.path.__name__, os.sep, repr(os.linesep), os.name, os.curdir, os.pardir)
for parts in [("a", "b"), ("a/", "b"), ("a", "/b"), ("", "b"), ("a", ""), ("/", "x", "y/", "z"), ("a",)]:
    print(parts, repr(join(*parts)))
for p in ["a/b/c", "/a", "a", "/", "", "a/b/", "//x//y", "///", "x///y"]:
    print(repr(p), split(p), repr(basename(p)), repr(dirname(p)))
for p in ["a.txt", "a.tar.gz", ".bashrc", "a/.b", "a.b/c", "..x", "x.", "a/b.c/d.e", ""]:
    print(repr(p), splitext(p))
for p in ["", ".", "a/./b", "a/../b", "../a", "/../a", "//a/b", "///a", "a//b/", "a/b/../../..", "/a/b/../../.."]:
    print(repr(p), repr(normpath(p)))
print(os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), repr(os.path.commonprefix([])))
print(os.path.abspath("/a/b/../c"), os.path.abspath("x") == join(os.getcwd(), "x"))
print(os.path.relpath("/a/b/c", "/a/x"), os.path.relpath("/a", "/a"))
try:
    join("a", 3)
except TypeError as e:
    print("TypeError:", e)
try:
    split(None)
except TypeError as e:
    print("TypeError", type(e).__name__)
print(join.__name__, os.path.splitext.__name__)
