# open(): text files in a temp dir (write, read, readline, iteration, append)
import os, tempfile, shutil
d = tempfile.mkdtemp()
try:
    p = os.path.join(d, 'notes.txt')
    with open(p, 'w', encoding='utf-8') as f:
        n = f.write('first line\n')
        f.write('second line\n')
        f.writelines(['third\n', 'fourth'])
        print('write returned', n, f.closed, f.mode, f.encoding)
    print(f.closed)
    with open(p, encoding='utf-8') as f:
        print(repr(f.read()))
    with open(p) as f:
        print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
        print(f.readlines())
        print(repr(f.readline()))
    with open(p) as f:
        for i, line in enumerate(f, 1):
            print(i, line.rstrip())
    with open(p, 'a') as f:
        f.write('\nappended')
    with open(p) as f:
        lines = f.read().splitlines()
    print(len(lines), lines[-1])
    with open(p, 'r+') as f:
        f.write('FIRST')
        f.seek(0)
        print(f.readline().rstrip())
    with open(p + '2', 'x') as f:
        pass
    try:
        open(p, 'x')
    except FileExistsError as e:
        print(type(e).__name__)
    try:
        with open(p) as f:
            f.write('nope')
    except OSError as e:
        print(type(e).__name__, e)
    print(sorted(os.listdir(d)))
    with open(os.path.join(d, 'empty.txt'), 'w'):
        pass
    with open(os.path.join(d, 'empty.txt')) as f:
        print(repr(f.read()), repr(f.readline()), f.readlines())
    print(list(open(p))[:2] if False else sum(1 for _ in open(p)))
finally:
    shutil.rmtree(d)
print(os.path.exists(d))
