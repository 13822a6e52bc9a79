import contextlib
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    names = ["a.txt", "b.txt", "c.txt"]
    for i, n in enumerate(names):
        with open(os.path.join(tmp, n), "w") as f:
            f.write(f"file {i}\nline two of {n}\n")
    with contextlib.ExitStack() as stack:
        files = [stack.enter_context(open(os.path.join(tmp, n))) for n in names]
        firsts = [f.readline().strip() for f in files]
        print(firsts, all(not f.closed for f in files))
    print(all(f.closed for f in files))
    try:
        with contextlib.ExitStack() as stack:
            ok = stack.enter_context(open(os.path.join(tmp, "a.txt")))
            stack.enter_context(open(os.path.join(tmp, "missing.txt")))
    except FileNotFoundError:
        print("missing file; first file closed:", ok.closed)
    cleanup_log = []
    with contextlib.ExitStack() as stack:
        for n in names:
            stack.callback(cleanup_log.append, f"cleanup {n}")
        print("inside stack", cleanup_log)
    print(cleanup_log)

    @contextlib.contextmanager
    def atomic_write(path):
        tmp_path = path + ".tmp"
        f = open(tmp_path, "w")
        try:
            yield f
            f.close()
            os.replace(tmp_path, path)
        except BaseException:
            f.close()
            os.remove(tmp_path)
            raise

    target = os.path.join(tmp, "config.ini")
    with atomic_write(target) as f:
        f.write("[core]\nvalue = 1\n")
    print(open(target).read().splitlines(), sorted(os.listdir(tmp)))
    try:
        with atomic_write(target) as f:
            f.write("partial")
            raise RuntimeError("crash mid-write")
    except RuntimeError as e:
        print("RuntimeError:", e)
    with open(target) as fh:
        print(fh.read().splitlines(), sorted(os.listdir(tmp)))
    with contextlib.suppress(FileNotFoundError):
        os.remove(os.path.join(tmp, "nope"))
        print("not printed")
    print("suppress done")
