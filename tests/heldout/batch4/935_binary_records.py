# realistic program: binary record file with struct + array + open
import struct, array, os, tempfile, shutil
RECORD = struct.Struct('<I16sdH')
people = [(1, 'alice', 55.5, 30), (2, 'bob', 81.25, 45), (3, 'carol', 62.0, 27)]
d = tempfile.mkdtemp()
try:
    path = os.path.join(d, 'people.dat')
    with open(path, 'wb') as f:
        f.write(b'PPL1')
        f.write(struct.pack('<H', len(people)))
        for pid, name, weight, age in people:
            f.write(RECORD.pack(pid, name.encode('ascii'), weight, age))
    print('size', os.path.getsize(path), 4 + 2 + RECORD.size * len(people))
    with open(path, 'rb') as f:
        magic = f.read(4)
        (count,) = struct.unpack('<H', f.read(2))
        print(magic, count)
        loaded = []
        for _ in range(count):
            pid, raw_name, weight, age = RECORD.unpack(f.read(RECORD.size))
            loaded.append((pid, raw_name.rstrip(b'\x00').decode(), weight, age))
    print(loaded == people, loaded[1])
    with open(path, 'r+b') as f:
        f.seek(6 + RECORD.size * 2 + 4 + 16 + 8)
        f.write(struct.pack('<H', 28))
    with open(path, 'rb') as f:
        f.seek(6 + RECORD.size * 2)
        print(RECORD.unpack(f.read())[3])
    ages = array.array('H', [p[3] for p in people])
    ap = os.path.join(d, 'ages.bin')
    with open(ap, 'wb') as f:
        ages.tofile(f)
    back = array.array('H')
    with open(ap, 'rb') as f:
        back.fromfile(f, 3)
    print(back, back == ages, os.path.getsize(ap))
    with open(ap, 'rb') as f:
        try:
            array.array('H').fromfile(f, 10)
        except EOFError as e:
            print(type(e).__name__, e)
finally:
    shutil.rmtree(d)
