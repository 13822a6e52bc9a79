# os.open/read/write/close/fdopen and path-like objects (__fspath__) in os and open()
import os, tempfile, shutil
class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
class Bad:
    def __fspath__(self):
        return 42
d = tempfile.mkdtemp()
try:
    f = os.path.join(d, 'f.txt')
    fd = os.open(P(f), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    print(os.write(fd, b'hello\n'), os.write(fd, bytearray(b'world\n')))
    os.close(fd)
    with open(P(f)) as fh:
        print(repr(fh.read()))
    fd = os.open(f, os.O_RDWR | os.O_APPEND)
    os.write(fd, b'more\n')
    with os.fdopen(fd, 'rb') as fh:
        print(fh.read(), fh.closed)
    print(fh.closed)
    fd = os.open(f, os.O_RDONLY)
    with open(fd) as fh:
        print(fh.readline().rstrip(), fh.name == fd, fh.mode)
    try:
        os.open(f, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.filename == f)
    for call in [lambda: os.read(9999, 1), lambda: os.write(9999, b'x'), lambda: os.close(9999)]:
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e.errno, e)
    try:
        os.write(0, 'text')
    except TypeError as e:
        print(e)
    print(os.fspath(P('a/b')), os.fspath('s'), os.fspath(b'b'), os.path.join(P(d), P('x')) == os.path.join(d, 'x'))
    print(os.path.exists(P(f)), os.path.isfile(P(f)), os.path.getsize(P(f)), os.stat(P(f)).st_size, sorted(os.listdir(P(d))))
    for call in [lambda: os.fspath(Bad()), lambda: os.fspath(3), lambda: open(Bad())]:
        try:
            call()
        except TypeError as e:
            print(type(e).__name__, e)
    os.rename(P(f), P(f + '.2'))
    os.makedirs(P(os.path.join(d, 'x', 'y')))
    print(sorted(os.listdir(d)), [n for n in dir(os) if n.startswith('O_') and n in ('O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_APPEND')])
    print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
finally:
    shutil.rmtree(P(d))
print(os.path.exists(d))
