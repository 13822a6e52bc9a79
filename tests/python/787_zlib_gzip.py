# zlib and gzip round trips; decompressing CPython-made streams
import zlib, gzip
data = b''.join(b'line %d: the quick brown fox\n' % i for i in range(200))
for level in [0, 1, 6, 9]:
    c = zlib.compress(data, level)
    print(level, c[:2], len(c) < len(data) or level == 0, zlib.decompress(c) == data)
# made by CPython's zlib (dynamic Huffman blocks)
made = bytes.fromhex('78da6dd2cb0980401004d1543604bbdb2f6623ac274150f3c700a6ae75eac7ccd08efbfbaefeb6fb6c47efcfde54936b4a4d634d534d734d4b4d6b4d1b4c1da0c17e014020101004060142a01030040e83c3740770181c0687c16170181c0687c11170041ca1870247c01170041c0147c01170fc69e704d8')
try:
    print(zlib.decompress(made)[:60], len(zlib.decompress(made)))
except zlib.error as e:
    print('error', e)
print(zlib.crc32(data), zlib.adler32(data), zlib.adler32(b'abc', 7), zlib.crc32(b'abc', 7))
raw = zlib.compress(data, 6, -15)
print(zlib.decompress(raw, -15) == data, zlib.decompress(zlib.compress(data, 6, 31), 47) == data)
co = zlib.compressobj(9)
stream = co.compress(data[:1000]) + co.compress(data[1000:]) + co.flush()
do = zlib.decompressobj()
out = b''
for i in range(0, len(stream), 100):
    out += do.decompress(stream[i:i + 100])
print(out == data, do.eof, do.unused_data)
d2 = zlib.decompressobj()
first = d2.decompress(stream + b'tail', 300)
rest = d2.decompress(d2.unconsumed_tail)
print(len(first), first + rest == data, d2.unused_data)
for bad in [b'not zlib', zlib.compress(b'abc')[:-2], b'x\x9c\xff\xff']:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print('error', e)
g = gzip.compress(data, mtime=0)
print(g[:4], gzip.decompress(g) == data, gzip.decompress(g + gzip.compress(b'more', mtime=0))[-4:])
