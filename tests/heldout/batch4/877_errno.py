# errno module and OSError errno mapping
import errno, os, tempfile, shutil
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.EINVAL)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EEXIST], errno.errorcode[2])
print(os.strerror(errno.ENOENT))
mapping = [(errno.ENOENT, 'FileNotFoundError'), (errno.EEXIST, 'FileExistsError'),
           (errno.EACCES, 'PermissionError'), (errno.EISDIR, 'IsADirectoryError'),
           (errno.ENOTDIR, 'NotADirectoryError'), (errno.EINVAL, 'OSError')]
for code, expected in mapping:
    e = OSError(code, os.strerror(code))
    print(code, type(e).__name__, type(e).__name__ == expected, e.errno == code)
d = tempfile.mkdtemp()
try:
    try:
        open(os.path.join(d, 'missing.txt'))
    except OSError as e:
        print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno], e.filename == os.path.join(d, 'missing.txt'))
    try:
        os.mkdir(d)
    except OSError as e:
        print(type(e).__name__, e.errno == errno.EEXIST)
    try:
        open(d)
    except OSError as e:
        print(type(e).__name__, errno.errorcode[e.errno])
    f = os.path.join(d, 'file')
    open(f, 'w').close()
    try:
        os.listdir(f)
    except OSError as e:
        print(type(e).__name__, errno.errorcode[e.errno])
    try:
        os.rmdir(f)
    except NotADirectoryError as e:
        print('caught by subclass', e.errno == errno.ENOTDIR)
finally:
    shutil.rmtree(d)
print(isinstance(FileNotFoundError(), OSError), IOError is OSError, EnvironmentError is OSError)
e = FileNotFoundError(errno.ENOENT, 'No such file or directory', 'x.txt')
print(str(e), e.filename, e.args)
