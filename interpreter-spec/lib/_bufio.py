"""io.BufferedReader, io.BufferedWriter and io.BufferedRandom over any raw
stream (a RawIOBase subclass, BytesIO, FileIO).

Written for Pyrite.  The buffer follows the bookkeeping of CPython's C
implementation, so a raw stream sees the same calls (readinto() and
write() with the same lengths, given memoryviews) and the same results
come back: one buffer of `buffer_size` bytes; `_pos` is the logical
position in it; `_read_end` ends the valid read data (-1: none);
`_write_pos`..`_write_end` is the data still to write (`_write_end` -1:
none); `_raw_pos` is where the raw stream is, relative to the buffer;
`_abs_pos` the raw stream's absolute position when known.

`open()` files stay native objects: their classes (made in io_mod.rs)
derive from these, so isinstance() holds for them too.
"""

from _iobase import BufferedIOBase as _BufferedIOBase
import _bufread
from _bufread import _ReadPart, _index

DEFAULT_BUFFER_SIZE = 8192


def _unsupported(msg):
    import io
    raise io.UnsupportedOperation(msg)


def _bytes_arg(b):
    if isinstance(b, bytes):
        return b
    if isinstance(b, str) or not (isinstance(b, (bytearray, memoryview)) or hasattr(type(b), "__buffer__")):
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
    return bytes(memoryview(b).cast("B"))


def _check(raw, what, msg):
    if getattr(raw, what)() is not True:
        _unsupported(msg)


class _Buffered:
    """The shared and writing part of the implementation (the reading part
    is _bufread._ReadPart); the methods are copied into the three classes
    (so their MROs are CPython's)."""

    def _setup(self, raw, buffer_size, readable, writable):
        self._ok = False
        self._detached = False
        self._raw = raw
        size = _index(buffer_size)
        self._readable = readable
        self._writable = writable
        if size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._size = size
        self._buf = bytearray(size)
        self._mask = size - 1 if size & (size - 1) == 0 else 0
        self._pos = 0
        self._raw_pos = 0
        self._read_end = -1
        self._write_pos = 0
        self._write_end = -1
        self._abs_pos = 0
        try:
            self._raw_tell()
        except Exception:
            pass
        self._ok = True

    # -- state checks --

    def _check_init(self):
        if not self._ok:
            if self._detached:
                raise ValueError("raw stream has been detached")
            raise ValueError("I/O operation on uninitialized object")

    def _is_closed(self):
        return self._buf is None or self._raw.closed

    def _check_closed(self, msg):
        if self._is_closed() and self._readahead() == 0:
            raise ValueError(msg)

    def _readahead(self):
        if self._readable and self._read_end != -1:
            return self._read_end - self._pos
        return 0

    def _raw_offset(self):
        valid = (self._readable and self._read_end != -1) or (self._writable and self._write_end != -1)
        if valid and self._raw_pos >= 0:
            return self._raw_pos - self._pos
        return 0

    def _adjust(self, pos):
        self._pos = pos
        if self._readable and self._read_end != -1 and self._read_end < pos:
            self._read_end = pos

    # -- raw stream calls --

    def _raw_tell(self):
        n = _index(self._raw.tell())
        if n < 0:
            raise OSError("Raw stream returned invalid position %d" % n)
        self._abs_pos = n
        return n

    def _raw_seek(self, target, whence):
        n = _index(self._raw.seek(target, whence))
        if n < 0:
            raise OSError("Raw stream returned invalid position %d" % n)
        self._abs_pos = n
        return n

    def _raw_write(self, data):
        res = self._raw.write(memoryview(data))
        if res is None:
            return None
        n = _index(res)
        if n < 0 or n > len(data):
            raise OSError("raw write() returned invalid length %d (should have been between 0 and %d)" % (n, len(data)))
        if n > 0 and self._abs_pos != -1:
            self._abs_pos += n
        return n

    # -- the write buffer --

    def _flush_unlocked(self):
        if self._writable and self._write_end != -1 and self._write_pos != self._write_end:
            rewind = self._raw_offset() + (self._pos - self._write_pos)
            if rewind != 0:
                self._raw_seek(-rewind, 1)
                self._raw_pos -= rewind
            while self._write_pos < self._write_end:
                n = self._raw_write(bytes(self._buf[self._write_pos:self._write_end]))
                if n is None:
                    raise BlockingIOError(11, "write could not complete without blocking", 0)
                self._write_pos += n
                self._raw_pos = self._write_pos
        self._write_pos = 0
        self._write_end = -1

    def _flush_and_rewind(self):
        self._flush_unlocked()
        if self._readable:
            try:
                self._raw_seek(-self._raw_offset(), 1)
            finally:
                self._read_end = -1

    # -- the public methods --

    def write(self, b):
        self._check_init()
        data = _bytes_arg(b)
        if self._is_closed():
            raise ValueError("write to closed file")
        if not (self._readable and self._read_end != -1) and self._write_end == -1:
            self._pos = 0
            self._raw_pos = 0
        size = len(data)
        if size <= self._size - self._pos:
            p = self._pos
            self._buf[p:p + size] = data
            if self._write_end == -1 or self._write_pos > p:
                self._write_pos = p
            self._adjust(p + size)
            if self._pos > self._write_end:
                self._write_end = self._pos
            return size
        self._flush_unlocked()
        offset = self._raw_offset()
        if offset != 0:
            self._raw_seek(-offset, 1)
            self._raw_pos -= offset
        remaining = size
        written = 0
        while remaining > self._size:
            n = self._raw_write(data[written:])
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", written)
            written += n
            remaining -= n
        if self._readable:
            self._read_end = -1
        if remaining > 0:
            self._buf[0:remaining] = data[written:]
            written += remaining
        self._write_pos = 0
        self._write_end = remaining
        self._adjust(remaining)
        self._raw_pos = 0
        return written

    def flush(self):
        self._check_init()
        if not self._writable:
            return self._raw.flush()
        self._check_closed("flush of closed file")
        self._flush_and_rewind()

    def seek(self, target, whence=0):
        self._check_init()
        whence = _index(whence)
        if whence < 0 or whence > 4:
            raise ValueError("whence value %d unsupported" % whence)
        self._check_closed("seek of closed file")
        _check(self._raw, "seekable", "File or stream is not seekable.")
        target = _index(target)
        if (whence == 0 or whence == 1) and self._readable:
            current = self._abs_pos if self._abs_pos != -1 else self._raw_tell()
            avail = self._readahead()
            if avail > 0:
                if whence == 0:
                    offset = target - (current - self._raw_offset())
                else:
                    offset = target
                if -self._pos <= offset <= avail:
                    # Inside the buffer: no raw call.
                    self._pos += offset
                    return current - avail + offset
        if self._writable:
            self._flush_unlocked()
        if whence == 1:
            target -= self._raw_offset()
        n = self._raw_seek(target, whence)
        self._raw_pos = -1
        if self._readable:
            self._read_end = -1
        return n

    def tell(self):
        self._check_init()
        return self._raw_tell() - self._raw_offset()

    def truncate(self, pos=None):
        self._check_init()
        self._check_closed("truncate of closed file")
        if not self._writable:
            _unsupported("truncate")
        self._flush_and_rewind()
        res = self._raw.truncate(pos)
        try:
            self._raw_tell()
        except Exception:
            pass
        return res

    def close(self):
        self._check_init()
        if self._raw.closed:
            return
        try:
            self.flush()
        finally:
            try:
                self._raw.close()
            finally:
                self._buf = None
                self._read_end = 0
                self._pos = 0

    def detach(self):
        self._check_init()
        self.flush()
        raw = self._raw
        self._raw = None
        self._ok = False
        self._detached = True
        return raw

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        self._check_init()
        return self._raw.closed

    @property
    def name(self):
        self._check_init()
        return self._raw.name

    @property
    def mode(self):
        self._check_init()
        return self._raw.mode

    def readable(self):
        self._check_init()
        return self._raw.readable()

    def writable(self):
        self._check_init()
        return self._raw.writable()

    def seekable(self):
        self._check_init()
        return self._raw.seekable()

    def fileno(self):
        self._check_init()
        return self._raw.fileno()

    def isatty(self):
        self._check_init()
        return self._raw.isatty()

    def __repr__(self):
        t = type(self)
        tname = "_io." + t.__name__ if t in _CLASSES else t.__name__
        try:
            name = self.name
        except (AttributeError, ValueError):
            return "<%s>" % tname
        return "<%s name=%r>" % (tname, name)


def _reader_init(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
    self._ok = False
    _check(raw, "readable", "File or stream is not readable.")
    self._setup(raw, buffer_size, True, False)


def _writer_init(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
    self._ok = False
    _check(raw, "writable", "File or stream is not writable.")
    self._setup(raw, buffer_size, False, True)


def _random_init(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
    self._ok = False
    _check(raw, "seekable", "File or stream is not seekable.")
    _check(raw, "readable", "File or stream is not readable.")
    _check(raw, "writable", "File or stream is not writable.")
    self._setup(raw, buffer_size, True, True)


_COMMON = ("_setup", "_check_init", "_is_closed", "_check_closed", "_readahead", "_raw_offset", "_adjust",
           "_raw_tell", "_raw_seek", "_flush_unlocked", "_flush_and_rewind", "flush", "seek", "tell",
           "truncate", "close", "detach", "raw", "closed", "name", "mode", "readable", "seekable",
           "fileno", "isatty", "__repr__")
_READ = ("_raw_read", "_fill", "_take", "_whole_blocks", "_read_generic", "_read_all", "_readline",
         "_readinto", "read", "read1", "peek", "readinto", "readinto1", "readline", "__next__")
_WRITE = ("_raw_write", "write", "writable")


def _make(name, init, parts):
    ns = {"__module__": "_io", "__qualname__": name, "__init__": init}
    for part in parts:
        for attr in part:
            if attr in _Buffered.__dict__:
                ns[attr] = _Buffered.__dict__[attr]
            else:
                ns[attr] = _ReadPart.__dict__[attr]
    return type(name, (_BufferedIOBase,), ns)


BufferedReader = _make("BufferedReader", _reader_init, (_COMMON, _READ))
BufferedWriter = _make("BufferedWriter", _writer_init, (_COMMON, _WRITE))
BufferedRandom = _make("BufferedRandom", _random_init, (_COMMON, _READ, _WRITE))
_CLASSES = (BufferedReader, BufferedWriter, BufferedRandom)
_bufread._CLASSES = _CLASSES
