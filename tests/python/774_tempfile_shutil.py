# tempfile and shutil: everything inside one TemporaryDirectory
import os, shutil, tempfile

with tempfile.TemporaryDirectory(prefix='pyr_', suffix='_t') as tmp:
    base = os.path.basename(tmp)
    print(os.path.isdir(tmp), base.startswith('pyr_'), base.endswith('_t'), len(base) == 4 + 8 + 2)
    print(os.path.isabs(tmp), os.path.dirname(tmp) == tempfile.gettempdir())
    d = tempfile.mkdtemp(dir=tmp)
    print(os.path.dirname(d) == tmp, os.listdir(d))
    fd, path = tempfile.mkstemp(suffix='.bin', prefix='raw', dir=d)
    print(type(fd).__name__, os.write(fd, b'abc'), os.write(fd, b'de'))
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e.errno)
    print(os.path.basename(path).startswith('raw'), path.endswith('.bin'), open(path, 'rb').read())
    fd = os.open(path, os.O_RDONLY)
    print(os.read(fd, 2), os.read(fd, 10), os.read(fd, 10))
    os.close(fd)
    with os.fdopen(os.open(path, os.O_WRONLY | os.O_APPEND), 'w') as f:
        f.write('XY')
    print(open(path).read())
    names = set()
    for i in range(5):
        fd, p = tempfile.mkstemp(dir=d)
        os.close(fd)
        names.add(p)
    print(len(names), sorted(os.listdir(d)) == sorted([os.path.basename(path)] + [os.path.basename(p) for p in names]))
    with tempfile.NamedTemporaryFile(mode='w+', dir=tmp, suffix='.txt') as nt:
        print(nt.write('line 1\nline 2\n'), nt.mode, os.path.exists(nt.name))
        nt.seek(0)
        print([l for l in nt], nt.name.endswith('.txt'))
    print(nt.closed, os.path.exists(nt.name))
    keep = tempfile.NamedTemporaryFile(dir=tmp, delete=False)
    keep.write(b'kept')
    keep.close()
    print(open(keep.name, 'rb').read(), os.path.exists(keep.name))
    with tempfile.TemporaryFile('w+') as tf:
        tf.write('unnamed')
        tf.seek(0)
        print(tf.read(), isinstance(tf.name, int))
    sp = tempfile.SpooledTemporaryFile(max_size=8)
    sp.write(b'1234')
    print(sp._rolled)
    sp.write(b'56789')
    sp.seek(0)
    print(sp._rolled, sp.read())
    sp.close()
    src = os.path.join(tmp, 'tree')
    os.makedirs(os.path.join(src, 'a', 'b'))
    for rel, text in [('top.txt', 'top'), ('a/mid.txt', 'mid'), ('a/b/low.txt', 'low'), ('a/b/skip.pyc', 'x')]:
        with open(os.path.join(src, rel), 'w') as f:
            f.write(text)
    dst = shutil.copytree(src, os.path.join(tmp, 'copy'), ignore=shutil.ignore_patterns('*.pyc'))
    print(sorted(os.path.relpath(os.path.join(r, f), dst) for r, _, fs in os.walk(dst) for f in fs))
    try:
        shutil.copytree(src, dst)
    except FileExistsError as e:
        print(type(e).__name__)
    print(shutil.copyfile(os.path.join(src, 'top.txt'), os.path.join(tmp, 'c1.txt')) == os.path.join(tmp, 'c1.txt'))
    print(os.path.basename(shutil.copy(os.path.join(src, 'top.txt'), d)), os.path.basename(shutil.copy2(os.path.join(src, 'top.txt'), os.path.join(d, 'two.txt'))))
    try:
        shutil.copyfile(os.path.join(tmp, 'c1.txt'), os.path.join(tmp, 'c1.txt'))
    except shutil.SameFileError as e:
        print(type(e).__name__, isinstance(e, OSError), str(e) == "%r and %r are the same file" % ((os.path.join(tmp, 'c1.txt'),) * 2))
    moved = shutil.move(os.path.join(tmp, 'c1.txt'), d)
    print(os.path.basename(moved), os.path.exists(os.path.join(tmp, 'c1.txt')))
    print(os.path.basename(shutil.move(dst, os.path.join(tmp, 'moved_tree'))), os.path.exists(dst))
    try:
        shutil.rmtree(os.path.join(tmp, 'nothing'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.filename == os.path.join(tmp, 'nothing'))
    shutil.rmtree(os.path.join(tmp, 'nothing'), ignore_errors=True)
    shutil.rmtree(src)
    print(sorted(os.listdir(tmp)) == sorted([os.path.basename(d), os.path.basename(keep.name), 'moved_tree']))
    t2 = tempfile.TemporaryDirectory(dir=tmp)
    print(repr(t2) == '<TemporaryDirectory %r>' % t2.name, os.path.isdir(t2.name))
    t2.cleanup()
    t2.cleanup()
    print(os.path.exists(t2.name))
print(os.path.exists(tmp))
