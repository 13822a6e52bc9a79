import os
import tempfile

layout = {
    "README.md": "# project\n",
    "src/app.py": "print('hi')\n",
    "src/util/helpers.py": "def h():\n    pass\n",
    "src/util/__init__.py": "",
    "tests/test_app.py": "assert True\n",
    "docs/guide.txt": "guide " * 20,
    "docs/img/logo.bin": "\x00" * 64,
}
with tempfile.TemporaryDirectory() as root:
    for relpath, content in layout.items():
        full = os.path.join(root, *relpath.split("/"))
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as f:
            f.write(content)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        depth = 0 if rel == "." else rel.count(os.sep) + 1
        print("  " * depth + (os.path.basename(dirpath) if rel != "." else "<root>") + "/", sorted(filenames))
    py_files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "tests")
        py_files += [os.path.relpath(os.path.join(dirpath, f), root) for f in filenames if f.endswith(".py")]
    print(sorted(py_files))
    sizes = {}
    for dirpath, _, filenames in os.walk(root):
        for f in filenames:
            ext = os.path.splitext(f)[1] or "<none>"
            sizes[ext] = sizes.get(ext, 0) + os.path.getsize(os.path.join(dirpath, f))
    print(dict(sorted(sizes.items())))
    with os.scandir(root) as it:
        entries = sorted((e.name, e.is_dir(), e.is_file()) for e in it)
    print(entries)
    bottom_up = [os.path.relpath(d, root) for d, _, _ in os.walk(root, topdown=False)]
    print(bottom_up.index("src/util") < bottom_up.index("src"), bottom_up[-1])
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        for f in filenames:
            os.remove(os.path.join(dirpath, f))
        for d in dirnames:
            os.rmdir(os.path.join(dirpath, d))
    print(os.listdir(root))
    print(list(os.walk(os.path.join(root, "does-not-exist"))))
