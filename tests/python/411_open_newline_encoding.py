# open(): newline= modes and encodings (utf-8, latin-1, ascii)
import os

base = "/tmp/pyrite-t-%d-411" % os.getpid()
os.mkdir(base)
p = base + "/n.txt"
with open(p, "wb") as f:
    f.write(b"a\r\nb\rc\nd")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()))
for nl in ["\r", "\r\n", "", None]:
    with open(p, "w", newline=nl) as f:
        f.write("x\ny\n")
    with open(p, "rb") as f:
        print(repr(nl), f.read())
try:
    open(p, newline="x")
except ValueError as e:
    print("ValueError", e)
try:
    open(p, "rb", newline="")
except ValueError as e:
    print("ValueError", e)
with open(p, "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café ÿ"))
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(f.read())
with open(p, encoding="utf-8", errors="ignore") as f:
    print(repr(f.read()))
with open(p, "w", encoding="ascii") as f:
    f.write("plain")
    try:
        f.write("naïve")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
print(open(p, encoding="ascii").read())
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve")
print(open(p).read())
with open(p, "w") as f:
    f.write("€uro")
with open(p, encoding="ascii") as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
print(repr(open(p, "r").read(1)), os.path.getsize(p))
os.remove(p)
os.rmdir(base)
