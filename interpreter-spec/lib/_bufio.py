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

DEFAULT_BUFFER_SIZE = 8192


def _unsupported(msg):
    import io
    raise io.UnsupportedOperation(msg)


def _index(v):
    if type(v) is int:
        return v
    if not hasattr(type(v), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return type(v).__index__(v)


def _opt_size(v):
    if v is None:
        return -1
    if type(v) is not int and not hasattr(type(v), "__index__"):
        raise TypeError("argument should be integer or None, not '%s'" % type(v).__name__)
    return _index(v)


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
    """The shared implementation; its methods are copied into the three
    classes (so their MROs are CPython's)."""

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

    def _raw_read(self, n):
        """Up to n bytes from raw.readinto(); None if it would block."""
        b = bytearray(n)
        res = self._raw.readinto(memoryview(b))
        if res is None:
            return None
        r = _index(res)
        if r < 0 or r > n:
            raise OSError("raw readinto() returned invalid length %d (should have been between 0 and %d)" % (r, n))
        if r > 0 and self._abs_pos != -1:
            self._abs_pos += r
        del b[r:]
        return bytes(b)

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

    # -- the read buffer --

    def _fill(self):
        """Reads into the free end of the buffer: the count, 0 at end of
        file, -2 if the raw stream would block."""
        start = self._read_end if (self._readable and self._read_end != -1) else 0
        data = self._raw_read(self._size - start)
        if data is None:
            return -2
        r = len(data)
        if r == 0:
            return 0
        self._buf[start:start + r] = data
        self._read_end = start + r
        self._raw_pos = start + r
        return r

    def _take(self, n):
        p = self._pos
        self._pos = p + n
        return bytes(self._buf[p:p + n])

    def _whole_blocks(self, n):
        if self._mask:
            return n & ~self._mask
        return self._size * (n // self._size)

    def _read_generic(self, n):
        have = self._readahead()
        if n <= have:
            return self._take(n)
        out = bytearray()
        if have > 0:
            out += self._take(have)
        remaining = n - have
        if self._writable:
            self._flush_and_rewind()
        self._read_end = -1
        while remaining > 0:
            # Whole blocks go straight from the raw stream to the result.
            r = self._whole_blocks(remaining)
            if r == 0:
                break
            data = self._raw_read(r)
            if data is None:
                return bytes(out) if out else None
            if not data:
                return bytes(out)
            out += data
            remaining -= len(data)
        self._pos = 0
        self._raw_pos = 0
        self._read_end = 0
        while remaining > 0 and self._read_end < self._size:
            r = self._fill()
            if r == -2:
                return bytes(out) if out else None
            if r == 0:
                return bytes(out)
            k = r if remaining > r else remaining
            out += self._take(k)
            remaining -= k
        return bytes(out)

    def _read_all(self):
        have = self._readahead()
        data = None
        if have:
            data = self._take(have)
        if self._writable:
            self._flush_and_rewind()
        self._read_end = -1
        readall = getattr(self._raw, "readall", None)
        if readall is not None:
            tmp = readall()
            if tmp is not None and not isinstance(tmp, bytes):
                raise TypeError("readall() should return bytes")
            if not have:
                return tmp
            if tmp is not None:
                data += tmp
            return data
        chunks = []
        while True:
            if data:
                chunks.append(data)
            data = self._raw.read()
            if data is not None and not isinstance(data, bytes):
                raise TypeError("read() should return bytes")
            if data is None or len(data) == 0:
                if not have:
                    return data
                return b"".join(chunks)
            have += len(data)
            if self._abs_pos != -1:
                self._abs_pos += len(data)

    def _readline(self, limit):
        n = self._readahead()
        if limit >= 0 and n > limit:
            n = limit
        start = self._pos
        i = self._buf.find(b"\n", start, start + n)
        if i >= 0:
            return self._take(i + 1 - start)
        if n == limit:
            return self._take(n)
        chunks = []
        if n > 0:
            chunks.append(self._take(n))
            if limit >= 0:
                limit -= n
        if self._writable:
            self._flush_and_rewind()
        while True:
            self._read_end = -1
            n = self._fill()
            if n <= 0:
                break
            if limit >= 0 and n > limit:
                n = limit
            i = self._buf.find(b"\n", 0, n)
            if i >= 0:
                self._pos = 0
                chunks.append(self._take(i + 1))
                break
            chunks.append(bytes(self._buf[0:n]))
            if n == limit:
                self._pos = n
                break
            if limit >= 0:
                limit -= n
        return b"".join(chunks)

    def _readinto(self, b, one):
        self._check_init()
        if isinstance(b, (bytes, str)) or not (isinstance(b, (bytearray, memoryview)) or hasattr(type(b), "__buffer__")):
            raise TypeError("readinto() argument must be read-write bytes-like object, not %s" % type(b).__name__)
        if type(b) is not bytearray:
            b = memoryview(b).cast("B")
            if b.readonly:
                raise TypeError("readinto() argument must be read-write bytes-like object, not %s"
                                % type(b.obj).__name__)
        self._check_closed("readinto of closed file")
        size = len(b)
        written = 0
        n = self._readahead()
        if n > 0:
            if n >= size:
                b[0:size] = self._take(size)
                return size
            b[0:n] = self._take(n)
            written = n
        if self._writable:
            self._flush_and_rewind()
        self._read_end = -1
        self._pos = 0
        remaining = size - written
        while remaining > 0:
            if remaining > self._size:
                data = self._raw_read(remaining)
                if data is None:
                    n = -2
                else:
                    n = len(data)
                    b[written:written + n] = data
            elif not (one and written):
                n = self._fill()
                if n > 0:
                    if n > remaining:
                        n = remaining
                    b[written:written + n] = self._take(n)
                    written += n
                    remaining -= n
                    continue
            else:
                n = 0
            if n == 0 or (n == -2 and written > 0):
                break
            if n < 0:
                return None
            written += n
            remaining -= n
            if one:
                break
        return written

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

    def read(self, size=-1):
        self._check_init()
        n = _opt_size(size)
        if n < -1:
            raise ValueError("read length must be non-negative or -1")
        self._check_closed("read of closed file")
        if n == -1:
            return self._read_all()
        if n <= self._readahead():
            return self._take(n)
        return self._read_generic(n)

    def read1(self, size=-1):
        self._check_init()
        n = _opt_size(size)
        if n < 0:
            n = self._size
        self._check_closed("read of closed file")
        if n == 0:
            return b""
        have = self._readahead()
        if have > 0:
            return self._take(have if have < n else n)
        if self._writable:
            self._flush_and_rewind()
        self._read_end = -1
        data = self._raw_read(n)
        return b"" if data is None else data

    def peek(self, size=0):
        self._check_init()
        self._check_closed("peek of closed file")
        if self._writable:
            self._flush_and_rewind()
        have = self._readahead()
        if have > 0:
            return bytes(self._buf[self._pos:self._pos + have])
        self._read_end = -1
        r = self._fill()
        if r == -2:
            r = 0
        self._pos = 0
        return bytes(self._buf[0:r])

    def readinto(self, b):
        return self._readinto(b, False)

    def readinto1(self, b):
        return self._readinto(b, True)

    def readline(self, size=-1):
        self._check_init()
        limit = _opt_size(size)
        self._check_closed("readline of closed file")
        return self._readline(limit)

    def __next__(self):
        self._check_init()
        if type(self) in _CLASSES:
            line = self._readline(-1)
        else:
            line = self.readline()
        if not line:
            raise StopIteration
        return line

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
            ns[attr] = _Buffered.__dict__[attr]
    return type(name, (_BufferedIOBase,), ns)


BufferedReader = _make("BufferedReader", _reader_init, (_COMMON, _READ))
BufferedWriter = _make("BufferedWriter", _writer_init, (_COMMON, _WRITE))
BufferedRandom = _make("BufferedRandom", _random_init, (_COMMON, _READ, _WRITE))
_CLASSES = (BufferedReader, BufferedWriter, BufferedRandom)
