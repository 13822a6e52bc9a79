import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "notes.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("first line\n")
        f.write("second line\n")
        print("third line", file=f)
    with open(path, encoding="utf-8") as f:
        print(f.read())
    with open(path, "a", encoding="utf-8") as f:
        f.writelines(["appended 1\n", "appended 2\n"])
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            print(i, line.rstrip("\n"))
    with open(path, encoding="utf-8") as f:
        print(repr(f.readline()), repr(f.readline()), len(f.readlines()))
        print(repr(f.readline()))
    print(os.path.getsize(path), os.path.exists(path), os.path.basename(path))
    with open(path, "r+", encoding="utf-8") as f:
        f.write("FIRST")
    with open(path, encoding="utf-8") as f:
        print(f.readline().strip())
    with open(path, "w", encoding="utf-8") as f:
        f.write("overwritten")
    with open(path, encoding="utf-8") as f:
        print(f.read(), f.name == path, f.mode, f.closed)
    print(f.closed)
    try:
        open(os.path.join(tmp, "nope.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror)
    xpath = os.path.join(tmp, "exclusive.txt")
    with open(xpath, "x") as f:
        f.write("new")
    try:
        open(xpath, "x")
    except FileExistsError as e:
        print("FileExistsError:", e.strerror)
    u = os.path.join(tmp, "unicode.txt")
    with open(u, "w", encoding="utf-8") as f:
        f.write("naïve café ☕\n")
    with open(u, "rb") as f:
        print(f.read())
    with open(u, encoding="utf-8") as f:
        print(f.read().strip(), len(open(u, encoding="utf-8").read()))
print(os.path.exists(tmp))
