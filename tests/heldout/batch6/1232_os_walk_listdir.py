import os
import tempfile

with tempfile.TemporaryDirectory() as root:
    layout = {
        "src/main.py": "print('hi')\n",
        "src/util/helpers.py": "def h(): pass\n",
        "src/util/__init__.py": "",
        "docs/readme.md": "# Title\nbody\n",
        "docs/img/logo.png": "PNGDATA",
        "setup.cfg": "[metadata]\n",
    }
    for relpath, content in layout.items():
        full = os.path.join(root, *relpath.split("/"))
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as f:
            f.write(content)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        print(rel, sorted(dirnames), sorted(filenames))
    py_files = []
    for dirpath, dirnames, filenames in os.walk(root):
        for fn in filenames:
            if fn.endswith(".py"):
                py_files.append(os.path.relpath(os.path.join(dirpath, fn), root).replace(os.sep, "/"))
    print(sorted(py_files))
    total = 0
    for dirpath, _, filenames in os.walk(root):
        total += sum(os.path.getsize(os.path.join(dirpath, f)) for f in filenames)
    print("total bytes:", total)
    pruned = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d != "docs"]
        pruned.extend(filenames)
    print(sorted(pruned))
    bottom_up = [os.path.relpath(d, root) for d, _, _ in os.walk(root, topdown=False)]
    print(bottom_up.index("src/util".replace("/", os.sep)) < bottom_up.index("src"), bottom_up[-1])
    entries = sorted(os.scandir(root), key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file()) for e in entries])
    print(sorted(os.listdir(os.path.join(root, "src"))))
    print(list(os.walk(os.path.join(root, "does-not-exist"))))
