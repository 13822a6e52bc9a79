"""The reading half of io.BufferedReader/BufferedRandom (lib/_bufio.py
assembles the classes): the read buffer is filled by raw.readinto() calls
of the lengths CPython's C implementation asks for.  Written for Pyrite.
"""

_CLASSES = ()


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


class _ReadPart:
    """Methods copied into the reading classes by _bufio._make."""

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
