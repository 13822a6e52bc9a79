import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "notes.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("first line\n")
        f.write("second line with ünïcode\n")
        print("third line", file=f)
        f.writelines(["fourth\n", "fifth\n"])
    with open(path, encoding="utf-8") as f:
        content = f.read()
    print(repr(content))
    with open(path, encoding="utf-8") as f:
        print(f.readline().strip())
        print([line.rstrip("\n") for line in f])
    with open(path, "a", encoding="utf-8") as f:
        f.write("appended\n")
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    print(len(lines), lines[-1])
    with open(path, "r+", encoding="utf-8") as f:
        f.seek(0)
        f.write("FIRST")
    with open(path, encoding="utf-8") as f:
        print(f.readline(), end="")
    print(os.path.exists(path), os.path.isfile(path), os.path.getsize(path))
    with open(path, "w", encoding="utf-8") as f:
        pass
    print(os.path.getsize(path))
    try:
        open(os.path.join(tmp, "missing.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, os.path.basename(e.filename))
    try:
        with open(path, "x") as f:
            pass
    except FileExistsError:
        print("FileExistsError for mode x")
    f = open(path, "w")
    print(f.closed, f.mode, f.name == path)
    f.close()
    print(f.closed)
    try:
        f.write("x")
    except ValueError as e:
        print("ValueError:", e)
    csv_path = os.path.join(tmp, "data.csv")
    with open(csv_path, "w", newline="") as f:
        f.write("id,name\r\n1,ann\r\n2,bob\r\n")
    with open(csv_path, newline="") as f:
        print(repr(f.read()))
    with open(csv_path) as f:
        print(repr(f.read()))
    total = 0
    with open(csv_path) as f:
        next(f)
        for row in f:
            total += int(row.split(",")[0])
    print("sum of ids:", total)
print(os.path.exists(tmp))
