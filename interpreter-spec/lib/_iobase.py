"""The abstract bases of the io classes: IOBase, RawIOBase, BufferedIOBase
and TextIOBase, with CPython's default methods (after _pyio).

Written for Pyrite.  The native classes of `_io` (StringIO, BytesIO,
TextIOWrapper, FileIO, Buffered*) derive from these, so isinstance()
holds for them, while their own methods are native; a Python subclass
gets the default methods below (readline/readlines/writelines/iteration
built on read/readinto/write, the context manager, `closed`).
"""


def _unsupported(name):
    import io
    raise io.UnsupportedOperation(name)


class IOBase:
    def seek(self, pos, whence=0):
        _unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        _unsupported("truncate")

    def flush(self):
        self._checkClosed()

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkReadable(self):
        if not self.readable():
            import io
            raise io.UnsupportedOperation("File or stream is not readable.")

    def _checkWritable(self):
        if not self.writable():
            import io
            raise io.UnsupportedOperation("File or stream is not writable.")

    def _checkSeekable(self):
        if not self.seekable():
            import io
            raise io.UnsupportedOperation("File or stream is not seekable.")

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        _unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        if size is None:
            size = -1
        res = bytearray()
        while size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(8192)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, *args):
        raise NotImplementedError

    def write(self, *args):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    def read(self, size=-1):
        _unsupported("read")

    def read1(self, size=-1):
        _unsupported("read1")

    def _readinto(self, b, one):
        if type(b) is not bytearray:
            b = memoryview(b).cast("B")
        data = self.read1(len(b)) if one else self.read(len(b))
        if not isinstance(data, bytes):
            raise TypeError("read() should return bytes")
        n = len(data)
        if n > len(b):
            raise ValueError("read() returned too much data: %d bytes requested, %d returned" % (len(b), n))
        b[:n] = data
        return n

    def readinto(self, b):
        return self._readinto(b, False)

    def readinto1(self, b):
        return self._readinto(b, True)

    def write(self, b):
        _unsupported("write")

    def detach(self):
        _unsupported("detach")


class TextIOBase(IOBase):
    def read(self, size=-1):
        _unsupported("read")

    def write(self, s):
        _unsupported("write")

    def truncate(self, pos=None):
        _unsupported("truncate")

    def readline(self):
        _unsupported("readline")

    def detach(self):
        _unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


for _c in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _c.__module__ = "io"
del _c
