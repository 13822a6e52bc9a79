"""gzip (CPython 3.11's module, for Pyrite): `compress` and `decompress`
over `zlib` (lib/zlib.py), with member concatenation on decompression.
Not done: GzipFile and `open`."""

import zlib

__all__ = ['compress', 'decompress', 'BadGzipFile']


class BadGzipFile(OSError):
    pass


def compress(data, compresslevel=9, *, mtime=None):
    import time
    if mtime is None:
        mtime = int(time.time())
    data = bytes(data)
    level = compresslevel
    xfl = 2 if level == 9 else 4 if level == 1 else 0
    head = b'\x1f\x8b\x08\x00' + (int(mtime) & 0xffffffff).to_bytes(4, 'little') + bytes([xfl, 255])
    body = zlib.compress(data, level, -15)
    return head + body + zlib.crc32(data).to_bytes(4, 'little') + (len(data) & 0xffffffff).to_bytes(4, 'little')


def decompress(data):
    data = bytes(data)
    out = []
    while data:
        if data[:2] != b'\x1f\x8b':
            raise BadGzipFile('Not a gzipped file (%r)' % data[:2])
        d = zlib.decompressobj(31)
        out.append(d.decompress(data))
        if not d.eof:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        data = d.unused_data.lstrip(b'\0')
    return b''.join(out)
