"""memoryview: a view keeps a byte buffer (bytes, bytearray, or a store
adapting an exporter's items to bytes), a byte offset, an item format
with its size, and a shape with byte strides (C order after a cast), so
writes through a view reach the exporter.  The builtin name resolves to
this class the first time a program uses it (Vm::lazy_builtin).

Pyrite's buffer protocol: a class defining `__buffer__(self, flags)`
(PEP 688's name) returns a memoryview of itself, made with
`_export(obj, store, format, itemsize, readonly)`.  The store is the
exporter's items: an array.array (read and written through
_ArrayBytes) or a _BytesIOStore (BytesIO.getbuffer()).

Written for Pyrite; casts, indexing, tolist() and item assignment
follow CPython's rules and messages (memoryview's own integer ranges,
'c' items as 1-byte bytes, '?' as bool).
"""

from _mvitems import (_SIZES, _ARRAY_FORMATS, _char, _byte_format, _ArrayBytes, _BytesIOStore,
                      _c_strides, _contiguous, _is_index, _index, _encode, _decode)


def _new(base, buf, fmt, size, shape, strides, off, ro):
    v = memoryview.__new__(memoryview)
    v._base = base
    v._buf = buf
    v._nat = isinstance(buf, (bytes, bytearray))
    v._fmt = fmt
    v._c = _char(fmt)
    v._size = size
    v._shape = shape
    v._strides = strides
    v._off = off
    v._ro = ro
    v._released = False
    return v


def _export(obj, store, format, itemsize, readonly):
    if isinstance(store, (bytes, bytearray)):
        buf = store
    elif hasattr(store, "_tc") and hasattr(store, "_items"):
        buf = _ArrayBytes(store, itemsize)
        format = _ARRAY_FORMATS.get(format, format)
    else:
        buf = store
    n = len(buf) // itemsize
    return _new(obj, buf, format, itemsize, (n,), (itemsize,), 0, readonly)


class memoryview:
    def __init__(self, *args, **kw):
        if "object" in kw:
            args = args + (kw.pop("object"),)
        if kw:
            raise TypeError("memoryview() got an unexpected keyword argument '%s'" % list(kw)[0])
        if not args:
            raise TypeError("memoryview() missing required argument 'object' (pos 1)")
        if len(args) > 1:
            raise TypeError("memoryview() takes at most 1 argument (%d given)" % len(args))
        obj = args[0]
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
        for k in ("_base", "_buf", "_nat", "_fmt", "_c", "_size", "_shape", "_strides", "_off", "_ro"):
            setattr(self, k, getattr(src, k))
        self._released = False

    def _check(self):
        if self._released:
            raise ValueError("operation forbidden on released memoryview object")

    def _items_ok(self):
        if self._c is None:
            raise NotImplementedError("memoryview: format %s not supported" % self._fmt)

    # -- raw access --

    def _read(self, p, n):
        if self._nat:
            return self._buf[p:p + n]
        return self._buf._rd(p, n)

    def _write(self, p, data):
        if self._nat:
            self._buf[p:p + len(data)] = data
        else:
            self._buf._wr(p, data)

    def _get(self, p):
        c = self._c
        if self._nat and c == "B":
            return self._buf[p]
        return _decode(c, self._read(p, self._size))

    def _set(self, p, v):
        self._write(p, _encode(self._fmt, self._c, v))

    def _offsets(self):
        """The byte offsets of all items, in C order."""
        offs = [self._off]
        for d in range(len(self._shape)):
            st = self._strides[d]
            offs = [o + k * st for o in offs for k in range(self._shape[d])]
        return offs

    def _dim_offset(self, p, d, i):
        n = self._shape[d]
        if not _is_index(i):
            raise TypeError("memoryview: invalid slice key")
        i = _index(i)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("index out of bounds on dimension %d" % (d + 1))
        return p + i * self._strides[d]

    def _tuple_offset(self, key):
        if len(key) > len(self._shape):
            raise TypeError("cannot index %d-dimension view with %d-element tuple" % (len(self._shape), len(key)))
        p = self._off
        for d in range(len(key)):
            p = self._dim_offset(p, d, key[d])
        return p

    def _slice(self, key):
        n = self._shape[0]
        start, stop, step = key.indices(n)
        count = len(range(start, stop, step))
        st = self._strides[0]
        shape = (count,) + self._shape[1:]
        strides = (st * step,) + self._strides[1:]
        return _new(self._base, self._buf, self._fmt, self._size, shape, strides, self._off + start * st, self._ro)

    # -- properties --

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
        n = self._size
        for k in self._shape:
            n *= k
        return n

    @property
    def ndim(self):
        self._check()
        return len(self._shape)

    @property
    def shape(self):
        self._check()
        return self._shape

    @property
    def strides(self):
        self._check()
        return self._strides

    @property
    def suboffsets(self):
        self._check()
        return ()

    @property
    def c_contiguous(self):
        self._check()
        return _contiguous(self._shape, self._strides, self._size, False)

    @property
    def f_contiguous(self):
        self._check()
        return _contiguous(self._shape, self._strides, self._size, True)

    @property
    def contiguous(self):
        self._check()
        return (_contiguous(self._shape, self._strides, self._size, False)
                or _contiguous(self._shape, self._strides, self._size, True))

    # -- items --

    def __len__(self):
        self._check()
        return self._shape[0] if self._shape else 1

    def __getitem__(self, key):
        self._check()
        ndim = len(self._shape)
        if ndim == 0:
            if key == ():
                self._items_ok()
                return self._get(self._off)
            if key is Ellipsis:
                return self
            raise TypeError("invalid indexing of 0-dim memory")
        if _is_index(key):
            self._items_ok()
            if ndim > 1:
                raise NotImplementedError("multi-dimensional sub-views are not implemented")
            return self._get(self._dim_offset(self._off, 0, key))
        if isinstance(key, slice):
            return self._slice(key)
        if isinstance(key, tuple) and all(_is_index(k) for k in key):
            self._items_ok()
            if len(key) < ndim:
                raise NotImplementedError("sub-views are not implemented")
            return self._get(self._tuple_offset(key))
        if isinstance(key, tuple) and all(isinstance(k, slice) for k in key):
            raise NotImplementedError("multi-dimensional slicing is not implemented")
        raise TypeError("memoryview: invalid slice key")

    def __setitem__(self, key, value):
        self._check()
        if self._ro:
            raise TypeError("cannot modify read-only memory")
        self._items_ok()
        ndim = len(self._shape)
        if ndim == 0:
            if key is Ellipsis or key == ():
                self._set(self._off, value)
                return
            raise TypeError("invalid indexing of 0-dim memory")
        if _is_index(key):
            if ndim > 1:
                raise NotImplementedError("sub-views are not implemented")
            self._set(self._dim_offset(self._off, 0, key), value)
            return
        if isinstance(key, slice) and ndim == 1:
            self._assign_slice(key, value)
            return
        if isinstance(key, tuple) and all(_is_index(k) for k in key):
            if len(key) < ndim:
                raise NotImplementedError("sub-views are not implemented")
            self._set(self._tuple_offset(key), value)
            return
        if isinstance(key, slice) or (isinstance(key, tuple) and all(isinstance(k, slice) for k in key)):
            raise NotImplementedError("memoryview slice assignments are currently restricted to ndim = 1")
        raise TypeError("memoryview: invalid slice key")

    def _assign_slice(self, key, value):
        if isinstance(value, memoryview):
            src = value
            src._check()
        elif isinstance(value, (bytes, bytearray)) or hasattr(type(value), "__buffer__"):
            src = memoryview(value)
        else:
            raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)
        dest = self._slice(key)
        if src._fmt.lstrip("@") != dest._fmt.lstrip("@") or src._size != dest._size or src._shape != dest._shape:
            raise ValueError("memoryview assignment: lvalue and rvalue have different structures")
        size = self._size
        if dest._strides[0] == size and src._strides == (size,):
            # Both contiguous: one copy of the bytes.
            data = src._read(src._off, size * src._shape[0])
            self._write(dest._off, data)
            return
        chunks = [src._read(p, size) for p in src._offsets()]
        k = 0
        for p in dest._offsets():
            self._write(p, chunks[k])
            k += 1

    def __delitem__(self, key):
        self._check()
        if self._ro:
            raise TypeError("cannot modify read-only memory")
        raise TypeError("cannot delete memory")

    def __iter__(self):
        self._check()
        ndim = len(self._shape)
        if ndim == 0:
            raise TypeError("invalid indexing of 0-dim memory")
        if ndim != 1:
            raise NotImplementedError("multi-dimensional sub-views are not implemented")
        self._items_ok()
        p = self._off
        st = self._strides[0]
        for k in range(self._shape[0]):
            yield self._get(p + k * st)

    def tolist(self):
        self._check()
        self._items_ok()
        if not self._shape:
            return self._get(self._off)
        return self._tolist(0, self._off)

    def _tolist(self, d, p):
        st = self._strides[d]
        n = self._shape[d]
        if d == len(self._shape) - 1:
            if self._nat and self._c == "B" and st == 1:
                return list(self._buf[p:p + n])
            return [self._get(p + k * st) for k in range(n)]
        return [self._tolist(d + 1, p + k * st) for k in range(n)]

    def tobytes(self, order=None):
        self._check()
        if order is not None and order not in ("C", "F", "A"):
            raise ValueError("order must be 'C', 'F' or 'A'")
        size = self._size
        if self._shape and self._strides[-1] == size and _contiguous(self._shape, self._strides, size, False):
            if order != "F" or len(self._shape) == 1:
                return bytes(self._read(self._off, self.nbytes))
        offs = self._offsets()
        if order == "F" and len(self._shape) > 1:
            offs = self._fortran_offsets()
        return b"".join(bytes(self._read(p, size)) for p in offs)

    def _fortran_offsets(self):
        offs = [self._off]
        for d in range(len(self._shape) - 1, -1, -1):
            st = self._strides[d]
            offs = [o + k * st for o in offs for k in range(self._shape[d])]
        return offs

    def __bytes__(self):
        return self.tobytes()

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def toreadonly(self):
        self._check()
        return _new(self._base, self._buf, self._fmt, self._size, self._shape, self._strides, self._off, True)

    def cast(self, format, shape=None):
        self._check()
        if not isinstance(format, str):
            raise TypeError("cast() argument 'format' must be str, not %s" % type(format).__name__)
        if not self.c_contiguous:
            raise TypeError("memoryview: casts are restricted to C-contiguous views")
        if (shape is not None or len(self._shape) != 1) and 0 in self._shape:
            raise TypeError("memoryview: cannot cast view with zeros in shape or strides")
        if shape is not None:
            if not isinstance(shape, (list, tuple)):
                raise TypeError("shape must be a list or a tuple")
            if len(shape) > 64:
                raise ValueError("memoryview: number of dimensions must not exceed 64")
            if len(self._shape) != 1 and len(shape) != 1:
                raise TypeError("memoryview: cast must be 1D -> ND or ND -> 1D")
        c = _char(format)
        if c is None:
            raise ValueError("memoryview: destination format must be a native single character format "
                             "prefixed with an optional '@'")
        if not _byte_format(self._fmt) and not _byte_format(format):
            raise TypeError("memoryview: cannot cast between two non-byte formats")
        size = _SIZES[c]
        nbytes = self.nbytes
        if nbytes % size:
            raise TypeError("memoryview: length is not a multiple of itemsize")
        if shape is None:
            new_shape = (nbytes // size,)
        else:
            dims = []
            total = size
            for x in shape:
                if not isinstance(x, int) or x <= 0:
                    raise ValueError("memoryview.cast(): elements of shape must be integers > 0")
                dims.append(x)
                total *= x
            if total != nbytes:
                raise TypeError("memoryview: product(shape) * itemsize != buffer size")
            new_shape = tuple(dims)
        return _new(self._base, self._buf, format, size, new_shape, _c_strides(new_shape, size), self._off, self._ro)

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
            w = other
        elif isinstance(other, (bytes, bytearray)) or hasattr(type(other), "__buffer__"):
            w = memoryview(other)
        else:
            return NotImplemented
        if self._released or w._released:
            return False
        if self._shape != w._shape:
            return False
        self._items_ok()
        w._items_ok()
        if not self._shape:
            return self._get(self._off) == w._get(w._off)
        a = [self._get(p) for p in self._offsets()]
        b = [w._get(p) for p in w._offsets()]
        for k in range(len(a)):
            if not (a[k] == b[k]):
                return False
        return True

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        self._check()
        if not self._ro:
            raise ValueError("cannot hash writable memoryview object")
        if not _byte_format(self._fmt):
            raise ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
        return hash(self.tobytes())

    def __repr__(self):
        if self._released:
            return "<released memory at %#x>" % id(self)
        return "<memory at %#x>" % id(self)


memoryview.__module__ = "builtins"
