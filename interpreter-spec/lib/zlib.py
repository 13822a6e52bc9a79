"""zlib (CPython 3.11's module API, for Pyrite): crc32, adler32,
compress/decompress and the compressobj/decompressobj stream objects,
with zlib (wbits 9..15), raw DEFLATE (-15..-9) and gzip (25..31) framing,
and automatic zlib-or-gzip detection (wbits 40..47) when decompressing.
DEFLATE itself is dialect code (interpreter-spec/src/zlib_mod.rs, through
`_pyrite.inflate/deflate`): decompression handles every block type;
compression writes fixed-Huffman blocks with LZ77 matches (valid streams
any inflater reads, but not zlib's bytes; level 0 writes stored blocks).
Not done: zdict, compressobj flush modes other than Z_FINISH (they
return b''), Decompress.copy/Compress.copy."""

import _pyrite
import binascii

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


error.__module__ = 'zlib'


def crc32(data, value=0):
    return binascii.crc32(data, value)


def adler32(data, value=1):
    return _pyrite.adler32(bytes(data), value & 0xffffffff)


def _level(level):
    if level == -1:
        return 6
    if not 0 <= level <= 9:
        raise error('Bad compression level')
    return level


def _frame(wbits):
    """'zlib', 'raw' or 'gzip' for compression's wbits."""
    if 9 <= wbits <= 15:
        return 'zlib'
    if -15 <= wbits <= -9:
        return 'raw'
    if 25 <= wbits <= 31:
        return 'gzip'
    raise ValueError('Invalid initialization option')


def _wrap(raw, data, level, frame):
    if frame == 'raw':
        return raw
    if frame == 'gzip':
        xfl = 2 if level == 9 else 4 if level == 1 else 0
        head = b'\x1f\x8b\x08\x00\x00\x00\x00\x00' + bytes([xfl, 3])
        return head + raw + crc32(data).to_bytes(4, 'little') + (len(data) & 0xffffffff).to_bytes(4, 'little')
    flevel = 0 if level < 2 else 1 if level < 6 else 2 if level == 6 else 3
    cmf = 0x78
    flg = flevel << 6
    flg += 31 - (cmf * 256 + flg) % 31
    return bytes([cmf, flg]) + raw + adler32(data).to_bytes(4, 'big')


def compress(data, /, level=-1, wbits=MAX_WBITS):
    data = bytes(data)
    level = _level(level)
    return _wrap(_pyrite.deflate(data, level), data, level, _frame(wbits))


def _err(code, msg):
    return error('Error %d while decompressing data: %s' % (code, msg))


def _parse(data, wbits, final):
    """Decodes one stream from the start of `data`: (output, bytes used,
    done).  Raises error for bad data; with `final`, for a truncated one."""
    if 40 <= wbits <= 47:
        frame = 'gzip' if data[:2] == b'\x1f\x8b' else 'zlib'
    elif 25 <= wbits <= 31:
        frame = 'gzip'
    elif -15 <= wbits <= -8:
        frame = 'raw'
    elif wbits == 0 or 8 <= wbits <= 15:
        frame = 'zlib'
    else:
        raise ValueError('Invalid initialization option')
    start = 0
    if frame == 'zlib':
        if len(data) < 2:
            if final:
                raise _err(-5, 'incomplete or truncated stream')
            return (b'', 0, False)
        if (data[0] * 256 + data[1]) % 31:
            raise _err(-3, 'incorrect header check')
        if data[0] & 15 != 8:
            raise _err(-3, 'unknown compression method')
        if data[1] & 0x20:
            raise _err(2, 'Need dictionary')
        start = 2
    elif frame == 'gzip':
        if len(data) < 10:
            if final:
                raise _err(-5, 'incomplete or truncated stream')
            return (b'', 0, False)
        if data[:2] != b'\x1f\x8b':
            raise _err(-3, 'incorrect header check')
        if data[2] != 8:
            raise _err(-3, 'unknown compression method')
        flags = data[3]
        start = 10
        if flags & 4:
            start += 2 + data[start] + 256 * data[start + 1]
        for bit in (8, 16):
            if flags & bit:
                start = data.index(b'\0', start) + 1
        if flags & 2:
            start += 2
    out, used, status = _pyrite.inflate(data[start:], -1)
    if status == -1:
        raise _err(-3, out)
    if status == 1:
        if final:
            raise _err(-5, 'incomplete or truncated stream')
        return (out, 0, False)
    end = start + used
    if frame == 'zlib':
        if len(data) < end + 4:
            if final:
                raise _err(-5, 'incomplete or truncated stream')
            return (out, 0, False)
        if int.from_bytes(data[end:end + 4], 'big') != adler32(out):
            raise _err(-3, 'incorrect data check')
        end += 4
    elif frame == 'gzip':
        if len(data) < end + 8:
            if final:
                raise _err(-5, 'incomplete or truncated stream')
            return (out, 0, False)
        if int.from_bytes(data[end:end + 4], 'little') != crc32(out):
            raise _err(-3, 'incorrect data check')
        if int.from_bytes(data[end + 4:end + 8], 'little') != len(out) & 0xffffffff:
            raise _err(-3, 'incorrect length check')
        end += 8
    return (out, end, True)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    out, used, done = _parse(bytes(data), wbits, True)
    return out


class Compress:
    def __init__(self, level, wbits):
        self._level = _level(level)
        self._frame = _frame(wbits)
        self._parts = []
        self._done = False

    def compress(self, data):
        if self._done:
            raise error('Error -2 while compressing data: inconsistent stream state')
        self._parts.append(bytes(data))
        return b''

    def flush(self, mode=Z_FINISH):
        if mode == Z_NO_FLUSH:
            return b''
        if mode != Z_FINISH:
            return b''
        if self._done:
            raise error('Error -2 while flushing: inconsistent stream state')
        self._done = True
        data = b''.join(self._parts)
        self._parts = []
        return _wrap(_pyrite.deflate(data, self._level), data, self._level, self._frame)

    def __repr__(self):
        return '<zlib.Compress object at %#x>' % id(self)


class Decompress:
    def __init__(self, wbits, zdict):
        if zdict:
            raise error('Pyrite zlib: zdict is not supported')
        self._wbits = wbits
        self._input = b''
        self._emitted = 0
        self.eof = False
        self.unused_data = b''
        self.unconsumed_tail = b''

    def decompress(self, data, max_length=0):
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        data = bytes(data)
        if self.eof:
            self.unused_data += data
            return b''
        self._input += data
        out, used, done = _parse(self._input, self._wbits, False)
        new = out[self._emitted:]
        if max_length and len(new) > max_length:
            new = new[:max_length]
            # the input needed for this much output stays consumed
            start = len(self._input) - len(data)
            need = self._input_for(self._emitted + max_length)
            keep = max(need, start)
            self.unconsumed_tail = self._input[keep:]
            self._input = self._input[:keep]
            self._emitted += len(new)
            return new
        self.unconsumed_tail = b''
        self._emitted += len(new)
        if done:
            self.eof = True
            self.unused_data = self._input[used:]
            self._input = b''
        return new

    def _input_for(self, n):
        """How many input bytes produce at least `n` bytes of output."""
        lo, hi = 0, len(self._input)
        while lo < hi:
            mid = (lo + hi) // 2
            try:
                out = _parse(self._input[:mid], self._wbits, False)[0]
            except error:
                out = b''
            if len(out) >= n:
                hi = mid
            else:
                lo = mid + 1
        return lo

    def flush(self, length=DEF_BUF_SIZE):
        tail = self.unconsumed_tail
        self.unconsumed_tail = b''
        return self.decompress(tail) if tail else b''

    def __repr__(self):
        return '<zlib.Decompress object at %#x>' % id(self)


def compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    return Compress(level, wbits)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    return Decompress(wbits, zdict)
