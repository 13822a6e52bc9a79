"""memoryview over bytes and bytearray (format 'B', one dimension): a view
keeps the object and a range of its indices, so writes through a view of
a bytearray reach it.  The builtin name resolves to this class the first
time a program uses it (Vm::lazy_builtin)."""


class memoryview:
    def __init__(self, obj):
        if isinstance(obj, memoryview):
            obj._check()
            self._obj = obj._obj
            self._idx = obj._idx
        elif isinstance(obj, (bytes, bytearray)):
            self._obj = obj
            self._idx = range(len(obj))
        else:
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(obj).__name__)
        self._released = False

    def _check(self):
        if self._released:
            raise ValueError("operation forbidden on released memoryview object")

    def _sub(self, idx):
        v = memoryview.__new__(memoryview)
        v._obj = self._obj
        v._idx = idx
        v._released = False
        return v

    @property
    def obj(self):
        self._check()
        return self._obj

    @property
    def readonly(self):
        self._check()
        return not isinstance(self._obj, bytearray)

    @property
    def format(self):
        self._check()
        return "B"

    @property
    def itemsize(self):
        self._check()
        return 1

    @property
    def nbytes(self):
        self._check()
        return len(self._idx)

    @property
    def ndim(self):
        self._check()
        return 1

    @property
    def shape(self):
        self._check()
        return (len(self._idx),)

    @property
    def strides(self):
        self._check()
        return (1,)

    @property
    def c_contiguous(self):
        self._check()
        return self._idx.step == 1

    contiguous = c_contiguous

    def __len__(self):
        self._check()
        return len(self._idx)

    def __getitem__(self, i):
        self._check()
        if isinstance(i, slice):
            return self._sub(self._idx[i])
        if not hasattr(i, "__index__"):
            raise TypeError("memoryview: invalid slice key")
        n = len(self._idx)
        if i < -n or i >= n:
            raise IndexError("index out of bounds on dimension 1")
        return self._obj[self._idx[i]]

    def __setitem__(self, i, value):
        self._check()
        if not isinstance(self._obj, bytearray):
            raise TypeError("cannot modify read-only memory")
        if isinstance(i, slice):
            idx = self._idx[i]
            data = bytes(value) if isinstance(value, memoryview) else value
            if not isinstance(data, (bytes, bytearray)):
                raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)
            if len(data) != len(idx):
                raise ValueError("memoryview assignment: lvalue and rvalue have different structures")
            for k in range(len(idx)):
                self._obj[idx[k]] = data[k]
            return
        n = len(self._idx)
        if i < -n or i >= n:
            raise IndexError("index out of bounds on dimension 1")
        if not isinstance(value, int) or not 0 <= value <= 255:
            raise ValueError("memoryview: invalid value for format 'B'")
        self._obj[self._idx[i]] = value

    def __iter__(self):
        self._check()
        for k in self._idx:
            yield self._obj[k]

    def tobytes(self, order=None):
        self._check()
        return bytes([self._obj[k] for k in self._idx])

    def __bytes__(self):
        return self.tobytes()

    def tolist(self):
        self._check()
        return [self._obj[k] for k in self._idx]

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def toreadonly(self):
        self._check()
        v = self._sub(self._idx)
        v._obj = bytes(self._obj)
        return v

    def cast(self, format, shape=None):
        self._check()
        if format not in ("B", "b", "c"):
            raise ValueError("memoryview: Pyrite supports only the byte formats in cast()")
        return self._sub(self._idx)

    def release(self):
        self._released = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, memoryview):
            if self._released or other._released:
                return False
            return self.tolist() == other.tolist()
        if isinstance(other, (bytes, bytearray)):
            if self._released:
                return False
            return self.tobytes() == bytes(other)
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __repr__(self):
        if self._released:
            return "<released memory at %#x>" % id(self)
        return "<memory at %#x>" % id(self)


memoryview.__module__ = "builtins"
