# os file operations inside a temporary directory
import os, tempfile, shutil
base = tempfile.mkdtemp()
try:
    print(isinstance(os.getcwd(), str), os.path.isdir(base))
    sub = os.path.join(base, 'sub', 'deeper')
    os.makedirs(sub)
    os.makedirs(sub, exist_ok=True)
    try:
        os.makedirs(sub)
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    os.mkdir(os.path.join(base, 'other'))
    fpath = os.path.join(base, 'data.txt')
    with open(fpath, 'w') as f:
        f.write('hello file\n')
    print(sorted(os.listdir(base)))
    st = os.stat(fpath)
    print(st.st_size, os.path.getsize(fpath), os.path.isfile(fpath), os.path.isdir(fpath))
    newpath = os.path.join(base, 'renamed.txt')
    os.rename(fpath, newpath)
    print(os.path.exists(fpath), os.path.exists(newpath))
    os.replace(newpath, os.path.join(base, 'sub', 'moved.txt'))
    print(sorted(os.listdir(os.path.join(base, 'sub'))))
    walked = []
    for root, dirs, files in os.walk(base):
        dirs.sort()
        walked.append((os.path.relpath(root, base), sorted(files)))
    print(walked)
    os.remove(os.path.join(base, 'sub', 'moved.txt'))
    try:
        os.remove(os.path.join(base, 'nope.txt'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.rmdir(os.path.join(base, 'sub'))
    except OSError as e:
        print(type(e).__name__, e.strerror)
    os.rmdir(sub)
    os.rmdir(os.path.join(base, 'sub'))
    entries = sorted(e.name for e in os.scandir(base))
    print(entries)
    print(os.environ.get('SURELY_NOT_SET_VAR_12345', 'default'), 'SURELY_NOT_SET_VAR_12345' in os.environ)
    os.environ['MY_TEST_VAR_X'] = 'v1'
    print(os.environ['MY_TEST_VAR_X'], os.getenv('MY_TEST_VAR_X'))
    del os.environ['MY_TEST_VAR_X']
    print(os.getenv('MY_TEST_VAR_X'), os.sep, os.linesep == '\n', os.name)
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
