# tempfile and shutil inside temporary directories
import tempfile, shutil, os
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, 'src')
    os.makedirs(os.path.join(src, 'nested'))
    for name, content in [('a.txt', 'alpha'), ('nested/b.txt', 'beta' * 10)]:
        with open(os.path.join(src, name), 'w') as f:
            f.write(content)
    dst = os.path.join(tmp, 'dst')
    shutil.copytree(src, dst)
    found = sorted(os.path.relpath(os.path.join(r, f), dst) for r, _, fs in os.walk(dst) for f in fs)
    print(found)
    c = shutil.copy(os.path.join(src, 'a.txt'), os.path.join(tmp, 'copy.txt'))
    print(os.path.basename(c), open(c).read())
    shutil.copyfile(os.path.join(src, 'nested', 'b.txt'), os.path.join(tmp, 'b2.txt'))
    print(os.path.getsize(os.path.join(tmp, 'b2.txt')))
    shutil.move(os.path.join(tmp, 'b2.txt'), os.path.join(tmp, 'moved.txt'))
    print(sorted(os.listdir(tmp)))
    shutil.rmtree(dst)
    print(os.path.exists(dst))
    with tempfile.NamedTemporaryFile('w+', dir=tmp, suffix='.log', delete=True) as nt:
        nt.write('temp data')
        nt.seek(0)
        print(nt.read(), nt.name.endswith('.log'), os.path.dirname(nt.name) == tmp)
    print(nt.closed, os.path.exists(nt.name))
    with tempfile.TemporaryFile() as tf:
        tf.write(b'bytes here')
        tf.seek(0)
        print(tf.read())
    fd, path = tempfile.mkstemp(prefix='pre_', dir=tmp)
    os.write(fd, b'via fd')
    os.close(fd)
    print(os.path.basename(path).startswith('pre_'), open(path, 'rb').read())
    sp = tempfile.SpooledTemporaryFile(max_size=10, mode='w+')
    sp.write('small')
    sp.seek(0)
    print(sp.read())
    sp.close()
    print(isinstance(tempfile.gettempdir(), str))
    saved_tmp = tmp
print(os.path.exists(saved_tmp))
