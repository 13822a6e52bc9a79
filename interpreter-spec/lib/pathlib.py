"""pathlib for Pyrite: object-oriented filesystem paths (POSIX only).

Written for Pyrite (not CPython's source), after CPython 3.11's observable
behaviour.  A path is kept as its anchor (drive, always '' here, and root:
'', '/' or '//') and its tail, the list of its other components, with ''
and '.' components dropped.  PurePath() makes PurePosixPath objects and
Path() PosixPath objects; there is no PureWindowsPath.  Path methods go
through os and open(), which accept path objects through __fspath__.
Not provided: chmod, owner/group, symlinks, hardlinks, is_mount and the
device predicates.
"""

import os

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _split(text):
    """(root, components) of one path string."""
    root = ''
    if text.startswith('/'):
        root = '//' if text.startswith('//') and not text.startswith('///') else '/'
    return root, [c for c in text.split('/') if c and c != '.']


def _wild(pat):
    return '*' in pat or '?' in pat or '[' in pat


def _match_class(pat, i, ch):
    """Matches ch against the [...] class starting at pat[i]; returns
    (matched, index after the class), or None if the class is not closed."""
    j = i + 1
    negate = j < len(pat) and pat[j] == '!'
    if negate:
        j += 1
    start = j
    hit = False
    while j < len(pat) and (pat[j] != ']' or j == start):
        if j + 2 < len(pat) and pat[j + 1] == '-' and pat[j + 2] != ']':
            if pat[j] <= ch <= pat[j + 2]:
                hit = True
            j += 3
        else:
            if pat[j] == ch:
                hit = True
            j += 1
    if j >= len(pat):
        return None
    return hit != negate, j + 1


def _fnmatch(name, pat):
    """Shell-style match of a whole name: *, ?, [seq], [!seq]."""
    n, p = 0, 0
    star_p, star_n = -1, 0
    while n < len(name):
        if p < len(pat):
            c = pat[p]
            if c == '*':
                star_p, star_n = p, n
                p += 1
                continue
            if c == '?':
                n += 1
                p += 1
                continue
            if c == '[':
                r = _match_class(pat, p, name[n])
                if r is None:
                    if name[n] == '[':
                        n += 1
                        p += 1
                        continue
                elif r[0]:
                    n += 1
                    p = r[1]
                    continue
            elif c == name[n]:
                n += 1
                p += 1
                continue
        if star_p < 0:
            return False
        star_n += 1
        n = star_n
        p = star_p + 1
    while p < len(pat) and pat[p] == '*':
        p += 1
    return p == len(pat)


class _PathParents:
    """The logical ancestors of a path, nearest first (path.parents)."""

    __slots__ = ('_path', '_n')

    def __init__(self, path):
        self._path = path
        self._n = len(path._tail)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        p = self._path
        return p._from_parsed(p._root, p._tail[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath(object):
    """A path without filesystem access; PurePath(...) makes a PurePosixPath."""

    __slots__ = ('_root', '_tail', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root = ''
        tail = []
        for a in args:
            if isinstance(a, PurePath):
                r, parts = a._root, a._tail
            else:
                a = os.fspath(a)
                if isinstance(a, bytes):
                    raise TypeError("argument should be a str object or an os.PathLike object "
                                    "returning str, not %r" % type(a))
                if not isinstance(a, str):
                    raise TypeError("expected str, bytes or os.PathLike object, not " + type(a).__name__)
                r, parts = _split(a)
            if r:
                root = r
                tail = list(parts)
            else:
                tail.extend(parts)
        return cls._from_parsed(root, tail)

    @classmethod
    def _from_parsed(cls, root, tail):
        self = object.__new__(cls)
        self._root = root
        self._tail = tail
        self._str = None
        self._hash = None
        return self

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._tail)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/"
        out = []
        for b in str(self).encode('utf-8'):
            c = chr(b)
            out.append(c if c in safe else '%%%02X' % b)
        return 'file://' + ''.join(out)

    def _key(self):
        return (self._root, self._tail)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._root == other._root and self._tail == other._tail

    def __hash__(self):
        if self._hash is None:
            self._hash = hash((self._root,) + tuple(self._tail))
        return self._hash

    def _parts_for_order(self, other):
        if not isinstance(other, PurePath):
            return None
        return ([self._root] if self._root else []) + self._tail, ([other._root] if other._root else []) + other._tail

    def __lt__(self, other):
        t = self._parts_for_order(other)
        return NotImplemented if t is None else t[0] < t[1]

    def __le__(self, other):
        t = self._parts_for_order(other)
        return NotImplemented if t is None else t[0] <= t[1]

    def __gt__(self, other):
        t = self._parts_for_order(other)
        return NotImplemented if t is None else t[0] > t[1]

    def __ge__(self, other):
        t = self._parts_for_order(other)
        return NotImplemented if t is None else t[0] >= t[1]

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + tuple(self._tail)

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parsed(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        to = type(self)._from_args(other)
        n = len(to._tail)
        if to._root != self._root or self._tail[:n] != to._tail:
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and the other is absolute."
                             .format(str(self), str(to)))
        return self._from_parsed('', self._tail[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return type(self)._from_args((self,) + args)

    def __truediv__(self, key):
        try:
            return type(self)._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._from_args((key, self))
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        root, pat = _split(path_pattern)
        if not pat and not root:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        parts = self._tail
        if root:
            if len(pat) != len(parts):
                return False
        elif len(pat) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat)):
            if not _fnmatch(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    """A PurePath with POSIX semantics."""
    __slots__ = ()


class Path(PurePath):
    """A path on the filesystem; Path(...) makes a PosixPath."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        if strict:
            self.stat()
        return type(self)(os.path.realpath(str(self)))

    def expanduser(self):
        if self._tail and self._tail[0].startswith('~') and not self._root:
            return type(self)(os.path.expanduser(str(self)))
        return self

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self)) if follow_symlinks else os.lstat(str(self))

    def lstat(self):
        return os.lstat(str(self))

    def exists(self):
        return os.path.exists(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def samefile(self, other_path):
        return os.path.samefile(str(self), os.fspath(other_path))

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._from_parsed(self._root, self._tail + [name])

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        if 'b' not in mode and encoding is None:
            encoding = 'locale'
        if encoding == 'locale':
            encoding = None
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = bytes(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok and self.exists():
            return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(str(self), flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return type(self)(target)

    def glob(self, pattern):
        return self._glob(pattern)

    def rglob(self, pattern):
        return self._glob(pattern, True)

    def _glob(self, pattern, recursive=False):
        root, parts = _split(pattern)
        if not parts and not root:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if recursive:
            parts = ['**'] + parts
        seen = set()
        for p in _select(self, parts):
            if p not in seen:
                seen.add(p)
                yield p


def _select(path, parts):
    """Paths under path matching the pattern components parts."""
    if not parts:
        yield path
        return
    pat, rest = parts[0], parts[1:]
    if pat == '**':
        while rest and rest[0] == '**':
            rest = rest[1:]
        for d in _walk_dirs(path):
            yield from _select(d, rest)
    elif not _wild(pat):
        child = path._from_parsed(path._root, path._tail + [pat])
        if (child.is_dir() if rest else child.exists()):
            yield from _select(child, rest)
    else:
        try:
            names = os.listdir(str(path))
        except OSError:
            return
        for name in names:
            if _fnmatch(name, pat):
                child = path._from_parsed(path._root, path._tail + [name])
                if not rest or child.is_dir():
                    yield from _select(child, rest)


def _walk_dirs(path):
    """path and every directory under it, each before its subdirectories."""
    yield path
    try:
        names = os.listdir(str(path))
    except OSError:
        return
    for name in names:
        child = path._from_parsed(path._root, path._tail + [name])
        if child.is_dir() and not child.is_symlink():
            yield from _walk_dirs(child)


class PosixPath(Path, PurePosixPath):
    """A Path on a POSIX system."""
    __slots__ = ()
