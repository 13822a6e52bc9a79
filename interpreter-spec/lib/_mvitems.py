"""The items of memoryview (lib/_memview.py): the native formats with
their sizes and memoryview's conversions of an item to and from bytes,
strides and contiguity, and the byte stores over exporters' items
(array.array, BytesIO).  Written for Pyrite.
"""

from _struct import pack as _pack, unpack as _unpack

_SIZES = {"c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
          "q": 8, "Q": 8, "n": 8, "N": 8, "P": 8, "f": 4, "d": 8}
_INT_RANGES = {"b": (-128, 127), "B": (0, 255), "h": (-32768, 32767), "H": (0, 65535),
               "i": (-2 ** 31, 2 ** 31 - 1), "I": (0, 2 ** 32 - 1), "l": (-2 ** 63, 2 ** 63 - 1),
               "L": (0, 2 ** 64 - 1), "q": (-2 ** 63, 2 ** 63 - 1), "Q": (0, 2 ** 64 - 1),
               "n": (-2 ** 63, 2 ** 63 - 1), "N": (0, 2 ** 64 - 1), "P": (0, 2 ** 64 - 1)}
_ARRAY_FORMATS = {"u": "w"}


def _char(fmt):
    """The item character of a native format ('@i' -> 'i'); None if fmt
    is not one."""
    if fmt[:1] == "@":
        fmt = fmt[1:]
    if len(fmt) == 1 and fmt in _SIZES:
        return fmt
    return None


def _byte_format(fmt):
    c = _char(fmt)
    return c == "b" or c == "B" or c == "c"


class _ArrayBytes:
    """The bytes of an array.array's items, read and written in place."""

    def __init__(self, a, size):
        self._a = a
        self._size = size

    def __len__(self):
        return len(self._a._items) * self._size

    def _raw(self, first, last):
        a = self._a
        items = a._items[first:last]
        if a._tc == "u":
            return b"".join(ord(c).to_bytes(4, "little") for c in items)
        return _pack("%d%s" % (len(items), a._tc), *items)

    def _rd(self, p, n):
        size = self._size
        first = p // size
        last = (p + n + size - 1) // size
        off = p - first * size
        return self._raw(first, last)[off:off + n]

    def _wr(self, p, data):
        size = self._size
        first = p // size
        last = (p + len(data) + size - 1) // size
        raw = bytearray(self._raw(first, last))
        off = p - first * size
        raw[off:off + len(data)] = data
        a = self._a
        if a._tc == "u":
            items = [chr(int.from_bytes(raw[k:k + 4], "little")) for k in range(0, len(raw), 4)]
        else:
            items = list(_unpack("%d%s" % (last - first, a._tc), bytes(raw)))
        a._items[first:last] = items


class _BytesIOStore:
    """The bytes of a BytesIO, for its getbuffer() view."""

    def __init__(self, bio):
        self._bio = bio

    def __len__(self):
        return self._bio._pyrite_buffer_len()

    def _rd(self, p, n):
        get = self._bio._pyrite_buffer_get
        return bytes([get(k) for k in range(p, p + n)])

    def _wr(self, p, data):
        put = self._bio._pyrite_buffer_set
        for k in range(len(data)):
            put(p + k, data[k])


def _c_strides(shape, size):
    strides = []
    sd = size
    for n in reversed(shape):
        strides.append(sd)
        sd *= n
    strides.reverse()
    return tuple(strides)


def _contiguous(shape, strides, size, fortran):
    if not shape or 0 in shape:
        return True
    dims = range(len(shape)) if fortran else range(len(shape) - 1, -1, -1)
    sd = size
    for i in dims:
        if shape[i] > 1 and strides[i] != sd:
            return False
        sd *= shape[i]
    return True


def _is_index(k):
    return isinstance(k, int) or hasattr(type(k), "__index__")


def _index(k):
    return k if type(k) is int else type(k).__index__(k)


def _encode(fmt, c, v):
    """The bytes of item v in format character c (memoryview's checks)."""
    if c in _INT_RANGES:
        if not _is_index(v):
            raise TypeError("memoryview: invalid type for format '%s'" % fmt)
        n = _index(v)
        lo, hi = _INT_RANGES[c]
        if n < lo or n > hi:
            raise ValueError("memoryview: invalid value for format '%s'" % fmt)
        if c == "B":
            return bytes((n,))
        return _pack(c, n)
    if c == "f" or c == "d":
        if isinstance(v, float):
            x = v
        elif isinstance(v, int) or hasattr(type(v), "__float__") or hasattr(type(v), "__index__"):
            try:
                x = float(v)
            except OverflowError:
                raise ValueError("memoryview: invalid value for format '%s'" % fmt) from None
        else:
            raise TypeError("memoryview: invalid type for format '%s'" % fmt)
        try:
            return _pack(c, x)
        except OverflowError:
            # C's (float) conversion: out of range gives an infinity.
            return _pack(c, float("inf") if x > 0 else float("-inf"))
    if c == "?":
        return b"\x01" if v else b"\x00"
    if not isinstance(v, bytes):
        raise TypeError("memoryview: invalid type for format '%s'" % fmt)
    if len(v) != 1:
        raise ValueError("memoryview: invalid value for format '%s'" % fmt)
    return v


def _decode(c, raw):
    if c == "B":
        return raw[0]
    if c == "c":
        return bytes(raw)
    if c == "?":
        return raw[0] != 0
    return _unpack(c, bytes(raw))[0]
