"""Efficient arrays of numeric values (CPython 3.11's `array`, for Pyrite).

Pyrite: `array` is a Python class here: the items live in a list, each
checked (and, for 'f', rounded to single precision) on the way in with
CPython's messages; the byte conversions go through the built-in
`_struct` in native mode, which has the same sizes as CPython's array
items ('u' items are str characters, stored as UTF-32-LE like CPython's
wchar_t on Linux).  memoryview(a) works through `__buffer__` (Pyrite's
buffer protocol, lib/_memview.py).  Not done: buffer_info's address is
id(a), pickling.  Errors raised by methods show one more
traceback frame than CPython's.
"""

from _struct import pack as _pack, unpack as _unpack

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'u': 4, 'b': 1, 'B': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_C_LONG = 'Python int too large to convert to C long'
_C_ULONG = 'Python int too large to convert to C unsigned long'
_NEG_UINT = "can't convert negative value to unsigned int"
_TOO_BIG = 'int too big to convert'


def _range(v, lo, hi, name):
    if v < lo:
        raise OverflowError(name + ' is less than minimum')
    if v > hi:
        raise OverflowError(name + ' is greater than maximum')


def _check(tc, v):
    """The stored form of item v for typecode tc (CPython's conversions)."""
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    if tc == 'f' or tc == 'd':
        if isinstance(v, float):
            f = v
        elif isinstance(v, int):
            f = float(v)
        elif hasattr(type(v), '__float__'):
            f = float(v)
        else:
            raise TypeError('must be real number, not %s' % type(v).__name__)
        if tc == 'f':
            f = _unpack('f', _pack('f', f))[0]
        return f
    if not isinstance(v, int):
        if hasattr(type(v), '__index__'):
            v = type(v).__index__(v)
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    v = int(v)
    if tc in 'bBhHil':
        if not -2 ** 63 <= v < 2 ** 63:
            raise OverflowError(_C_LONG)
        if tc == 'b':
            _range(v, -32768, 32767, 'signed short integer')
            _range(v, -128, 127, 'signed char')
        elif tc == 'B':
            _range(v, 0, 255, 'unsigned byte integer')
        elif tc == 'h':
            _range(v, -32768, 32767, 'signed short integer')
        elif tc == 'H':
            _range(v, -2 ** 31, 2 ** 31 - 1, 'signed integer')
            _range(v, 0, 65535, 'unsigned short')
        elif tc == 'i':
            _range(v, -2 ** 31, 2 ** 31 - 1, 'signed integer')
        return v
    if tc == 'I' or tc == 'L':
        if v < 0:
            raise OverflowError(_NEG_UINT)
        if v >= 2 ** 64:
            raise OverflowError(_C_ULONG)
        if tc == 'I' and v >= 2 ** 32:
            raise OverflowError('unsigned int is greater than maximum')
        return v
    if tc == 'q':
        if not -2 ** 63 <= v < 2 ** 63:
            raise OverflowError(_TOO_BIG)
        return v
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v >= 2 ** 64:
        raise OverflowError(_TOO_BIG)
    return v


class array:
    """array(typecode [, initializer]) -> array"""

    __hash__ = None

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s' % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode == 'u':
                self._items = list(initializer)
                return
            raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array) and initializer._tc in 'fd' and typecode not in 'fd':
            raise TypeError("'float' object cannot be interpreted as an integer")
        else:
            self.extend(list(initializer))

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        return a

    def append(self, v):
        self._items.append(_check(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        tc = self._tc
        for v in iterable:
            self._items.append(_check(tc, v))

    def insert(self, i, v):
        self._items.insert(i, _check(self._tc, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        n = len(self._items)
        if i < -n or i >= n:
            raise IndexError('pop index out of range')
        return self._items.pop(i)

    def remove(self, v):
        for k in range(len(self._items)):
            if self._items[k] == v:
                del self._items[k]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for k in range(start, min(stop, n)):
            if self._items[k] == v:
                return k
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __buffer__(self, flags):
        # Pyrite's buffer protocol (lib/_memview.py): the array is the store.
        from _memview import _export
        return _export(self, self, self._tc, _SIZES[self._tc], False)

    def fromfile(self, f, n):
        data = f.read(n * self.itemsize)
        self.frombytes(data)
        if len(data) < n * self.itemsize:
            raise EOFError('read() didn\'t return enough bytes')

    def tofile(self, f):
        f.write(self.tobytes())

    def __reversed__(self):
        return reversed(self._items)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        tc = self._tc
        new = [_check(tc, v) for v in lst]
        self._items.extend(new)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(s).__name__)
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def tobytes(self):
        if not self._items:
            return b''
        if self._tc == 'u':
            return b''.join(ord(c).to_bytes(4, 'little') for c in self._items)
        return _pack('%d%s' % (len(self._items), self._tc), *self._items)

    def frombytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            if not (isinstance(data, memoryview) or hasattr(type(data), '__buffer__')):
                raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
            data = memoryview(data).tobytes()
        size = _SIZES[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        if data and self._tc == 'u':
            for k in range(0, len(data), 4):
                n = int.from_bytes(data[k:k + 4], 'little')
                if n > 0x10ffff:
                    raise ValueError('character U+%x is not in range [U+0000; U+10ffff]' % n)
                self._items.append(chr(n))
        elif data:
            self._items.extend(_unpack('%d%s' % (len(data) // size, self._tc), bytes(data)))

    def byteswap(self):
        if self.itemsize == 1:
            return
        size = self.itemsize
        raw = self.tobytes()
        out = bytearray()
        for k in range(0, len(raw), size):
            out += raw[k:k + size][::-1]
        if self._tc == 'u':
            self._items = []
            self.frombytes(bytes(out))
            return
        self._items = list(_unpack('%d%s' % (len(self._items), self._tc), bytes(out)))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            try:
                self._items[i] = v._items
            except ValueError as e:
                raise ValueError(str(e).replace('sequence', 'array', 1)) from None
            return
        v = _check(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._tc
        if self._tc == 'u':
            return "array('u', %r)" % ''.join(self._items)
        return "array('%s', %r)" % (self._tc, self._items)

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))


ArrayType = array
