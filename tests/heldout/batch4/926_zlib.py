# zlib compress/decompress and checksums
import zlib
data = b'hello hello hello hello world ' * 20
c = zlib.compress(data)
print(len(data), len(c) < len(data), zlib.decompress(c) == data)
print(zlib.compress(b'abc', 9)[:2], zlib.decompress(zlib.compress(b'', 0)))
print(zlib.crc32(b'hello'), zlib.adler32(b'hello'), zlib.crc32(b'') , zlib.adler32(b''))
print(zlib.crc32(b' world', zlib.crc32(b'hello')) == zlib.crc32(b'hello world'))
co = zlib.compressobj(level=6)
parts = co.compress(b'chunk one ') + co.compress(b'chunk two ') + co.flush()
do = zlib.decompressobj()
print(do.decompress(parts), do.eof, do.unused_data)
raw = zlib.compressobj(wbits=-15)
deflated = raw.compress(data) + raw.flush()
print(zlib.decompress(deflated, wbits=-15) == data)
gz = zlib.compressobj(wbits=31)
gzdata = gz.compress(b'gzip me') + gz.flush()
print(gzdata[:2], zlib.decompress(gzdata, wbits=47))
try:
    zlib.decompress(b'not compressed')
except zlib.error as e:
    print(type(e).__name__, e)
d2 = zlib.decompressobj()
out = d2.decompress(c + b'TRAILING', 50)
print(len(out), len(d2.unconsumed_tail) > 0)
rest = d2.decompress(d2.unconsumed_tail)
print(len(out + rest) == len(data), d2.unused_data)
import gzip
g = gzip.compress(b'gzip module', mtime=0)
print(g[:4], gzip.decompress(g))
print(format(zlib.crc32(b'123456789'), 'x'), zlib.MAX_WBITS)
