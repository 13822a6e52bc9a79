# open(): binary files, seek/tell, partial reads
import os, tempfile, shutil, struct
d = tempfile.mkdtemp()
try:
    p = os.path.join(d, 'data.bin')
    with open(p, 'wb') as f:
        f.write(b'\x00\x01\x02\x03')
        f.write(struct.pack('<I', 0xDEADBEEF))
        f.write(bytes(range(250, 256)))
        print(f.tell())
    print(os.path.getsize(p))
    with open(p, 'rb') as f:
        print(f.read(2), f.tell())
        f.seek(4)
        print(format(struct.unpack('<I', f.read(4))[0], 'x'))
        f.seek(-2, os.SEEK_END)
        print(f.read(), f.tell())
        f.seek(1, os.SEEK_SET)
        f.seek(2, os.SEEK_CUR)
        print(f.tell(), f.read(1))
        print(f.read(0), len(f.read()), f.read())
    with open(p, 'r+b') as f:
        f.seek(2)
        f.write(b'ZZ')
        f.seek(0)
        print(f.read(6))
        f.truncate(5)
    with open(p, 'rb') as f:
        data = f.read()
    print(data, len(data))
    with open(p, 'ab') as f:
        f.write(b'END')
    with open(p, 'rb') as f:
        print(f.read())
        buf = bytearray(3)
        f.seek(0)
        print(f.readinto(buf), buf)
    with open(p, 'rb', buffering=0) as f:
        print(type(f).__name__, f.read(2))
    with open(p, 'rb') as f:
        print(type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable())
    lines_p = os.path.join(d, 'lines.bin')
    with open(lines_p, 'wb') as f:
        f.write(b'a\r\nb\nc')
    with open(lines_p, 'rb') as f:
        print(f.readlines())
    with open(lines_p, 'r', newline='') as f:
        print(f.readlines())
    with open(lines_p, 'r') as f:
        print(f.readlines())
    try:
        with open(p, 'wb') as f:
            f.write('text')
    except TypeError as e:
        print(type(e).__name__, e)
finally:
    shutil.rmtree(d)
