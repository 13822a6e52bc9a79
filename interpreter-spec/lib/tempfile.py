"""tempfile for Pyrite: temporary files and directories.

Written for Pyrite (not CPython's source), after CPython 3.11's observable
behaviour.  Names are prefix + 8 random characters from [a-z0-9_] + suffix,
drawn from os.urandom; files are created exclusively (O_EXCL), retrying on
a clash.  Files get the process umask's permissions rather than 0600
(Pyrite's os has no chmod).  TemporaryFile is a NamedTemporaryFile whose
name is unlinked at once, so its `name` is its descriptor number.
"""

import os as _os
import io as _io

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    return ''.join(_CHARS[b % len(_CHARS)] for b in _os.urandom(8))


def gettempprefix():
    """The default prefix of temporary names."""
    return template


def _candidate_dirs():
    for env in ('TMPDIR', 'TEMP', 'TMP'):
        d = _os.getenv(env)
        if d:
            yield d
    yield from ('/tmp', '/var/tmp', '/usr/tmp')
    yield _os.getcwd()


def gettempdir():
    """The default directory for temporary files: $TMPDIR, $TEMP, $TMP,
    /tmp, /var/tmp, /usr/tmp or the current directory, the first that is
    a directory."""
    global tempdir
    if tempdir is None:
        for d in _candidate_dirs():
            if _os.path.isdir(d):
                tempdir = _os.path.abspath(d)
                break
        else:
            raise FileNotFoundError(2, "No usable temporary directory found in %s" % list(_candidate_dirs()))
    return tempdir


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    else:
        dir = _os.fspath(dir)
    return suffix, prefix, dir


def _create(suffix, prefix, dir, make):
    """Calls make(path) on fresh names until one does not exist yet."""
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            return make(path), path
        except FileExistsError:
            continue
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file and opens it for reading and writing; returns
    (descriptor, absolute path).  The caller deletes it."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    fd, path = _create(suffix, prefix, dir, lambda p: _os.open(p, flags, 0o600))
    return fd, _os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory; returns its absolute path.  The caller
    removes it."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    _, path = _create(suffix, prefix, dir, lambda p: _os.mkdir(p, 0o700))
    return _os.path.abspath(path)


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: deprecated)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.exists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with the path of a temporary file, deleted on close
    when `delete` is true; other attributes are the file's."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed_here = False

    def __getattr__(self, name):
        return getattr(self.file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._cleanup()
        return result

    def close(self):
        self.file.close()
        self._cleanup()

    def _cleanup(self):
        if self.delete and not self._closed_here:
            self._closed_here = True
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (`.name`), deleted when closed
    if delete is true."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    fd, path = _create(suffix, prefix, dir, lambda p: _os.open(p, flags, 0o600))
    path = _os.path.abspath(path)
    try:
        file = _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(path)
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(file, path, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A temporary file without a name in the filesystem."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    fd, path = _create(suffix, prefix, dir, lambda p: _os.open(p, flags, 0o600))
    _os.unlink(path)
    try:
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile:
    """A temporary file kept in memory until it grows past max_size (or
    fileno() is called), then moved to a TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                 prefix=None, dir=None, *, errors=None):
        self._file = _io.BytesIO() if 'b' in mode else _io.StringIO(newline="\n")
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline, 'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        if self._rolled:
            return self._file.encoding
        return self._TemporaryFileArgs['encoding']

    @property
    def mode(self):
        if self._rolled:
            return self._file.mode
        return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        return self._file.name if self._rolled else None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return False

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def readable(self):
        return self._file.readable()

    def seekable(self):
        return self._file.seekable()

    def writable(self):
        return self._file.writable()


class TemporaryDirectory:
    """A temporary directory, removed with its contents by cleanup() or
    at the end of a with block (whose `as` target is its name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done and _os.path.lexists(self.name):
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._done = True

