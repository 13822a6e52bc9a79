"""memoryview (one dimension): a view keeps a store (bytes, bytearray or
an object exporting a buffer), its item format and a range of its
indices, so writes through a view reach the store.  The builtin name
resolves to this class the first time a program uses it
(Vm::lazy_builtin).

Pyrite's buffer protocol: a class defining `__buffer__(self, flags)`
(PEP 688's name) returns a memoryview of itself, made with
`_export(obj, store, format, itemsize, readonly)`; the store is indexed
with ints (array.array is its own store; BytesIO.getbuffer() uses
_BytesIOStore)."""

from _struct import pack as _pack


def _export(obj, store, format, itemsize, readonly):
    v = memoryview.__new__(memoryview)
    v._base = obj
    v._obj = store
    v._fmt = format
    v._size = itemsize
    v._ro = readonly
    v._idx = range(len(store))
    v._released = False
    return v


class _BytesIOStore:
    """The bytes of a BytesIO, for its getbuffer() view."""

    def __init__(self, bio):
        self._bio = bio

    def __len__(self):
        return self._bio._pyrite_buffer_len()

    def __getitem__(self, i):
        return self._bio._pyrite_buffer_get(i)

    def __setitem__(self, i, v):
        self._bio._pyrite_buffer_set(i, v)


class memoryview:
    def __init__(self, obj):
        if isinstance(obj, memoryview):
            obj._check()
            src = obj
        elif isinstance(obj, (bytes, bytearray)):
            src = _export(obj, obj, "B", 1, not isinstance(obj, bytearray))
        elif hasattr(type(obj), "__buffer__"):
            src = type(obj).__buffer__(obj, 0)
            if not isinstance(src, memoryview):
                raise TypeError("__buffer__ returned non-memoryview object")
        else:
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(obj).__name__)
        self._base = src._base
        self._obj = src._obj
        self._fmt = src._fmt
        self._size = src._size
        self._ro = src._ro
        self._idx = src._idx
        self._released = False

    def _check(self):
        if self._released:
            raise ValueError("operation forbidden on released memoryview object")

    def _sub(self, idx):
        v = memoryview.__new__(memoryview)
        v._base = self._base
        v._obj = self._obj
        v._fmt = self._fmt
        v._size = self._size
        v._ro = self._ro
        v._idx = idx
        v._released = False
        return v

    @property
    def obj(self):
        self._check()
        return self._base

    @property
    def readonly(self):
        self._check()
        return self._ro

    @property
    def format(self):
        self._check()
        return self._fmt

    @property
    def itemsize(self):
        self._check()
        return self._size

    @property
    def nbytes(self):
        self._check()
        return len(self._idx) * self._size

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
        return (self._size * self._idx.step,)

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
        if self._ro:
            raise TypeError("cannot modify read-only memory")
        if isinstance(i, slice):
            idx = self._idx[i]
            if self._fmt != "B":
                data = value.tolist() if isinstance(value, memoryview) else list(memoryview(value))
            else:
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
        if self._fmt == "B" and (not isinstance(value, int) or not 0 <= value <= 255):
            raise ValueError("memoryview: invalid value for format 'B'")
        try:
            self._obj[self._idx[i]] = value
        except OverflowError:
            raise ValueError("memoryview: invalid value for format '%s'" % self._fmt) from None
        except TypeError:
            raise TypeError("memoryview: invalid type for format '%s'" % self._fmt) from None

    def __iter__(self):
        self._check()
        for k in self._idx:
            yield self._obj[k]

    def tobytes(self, order=None):
        self._check()
        items = [self._obj[k] for k in self._idx]
        if self._fmt in ("B", "b", "c"):
            return bytes([x & 255 for x in items])
        if self._fmt == "u":
            return b"".join(ord(c).to_bytes(4, "little") for c in items)
        return _pack("%d%s" % (len(items), self._fmt), *items)

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
        v._ro = True
        return v

    def cast(self, format, shape=None):
        self._check()
        if format not in ("B", "b", "c") or self._fmt != "B":
            raise ValueError("memoryview: Pyrite supports only casts between the byte formats")
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
