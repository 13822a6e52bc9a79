# struct: CPython's errors and messages (struct.error and the rest).
import struct

cases = [
    ('h', 40000), ('H', -1), ('b', 200), ('B', 256), ('i', 2 ** 31), ('I', -1), ('I', 2 ** 32),
    ('<i', 2 ** 31), ('<I', -1), ('<I', 2 ** 32), ('<l', 2 ** 31), ('<L', -1), ('<L', 2 ** 32),
    ('q', 2 ** 63), ('Q', -1), ('Q', 2 ** 64), ('<q', -2 ** 63 - 1), ('n', 2 ** 63), ('N', -1),
    ('l', 2 ** 63), ('L', 2 ** 64), ('h', 2 ** 70), ('<B', -2 ** 70), ('I', 2 ** 63), ('<H', 2 ** 63),
    ('P', 2 ** 70), ('P', -1), ('i', 1.5), ('i', 'a'), ('i', None), ('<q', 2.0),
    ('c', b'ab'), ('c', 'a'), ('c', bytearray(b'a')), ('s', 'a'), ('p', 1), ('f', 'a'), ('d', None),
    ('e', 1e10), ('<e', 65520.0), ('<f', 1e300), ('f', 1e300), ('<f', 3.4028236e38), ('d', 2 ** 1100),
    ('z', 1), ('<n', 1), ('>P', 1), ('3', 1), ('3 i', 1), (' i', 1),
]
for f, v in cases:
    try:
        print(f, v if not isinstance(v, int) or abs(v) < 2 ** 100 else 'big', struct.pack(f, v))
    except Exception as e:
        print(f, type(e).__name__, e)

calls = [
    lambda: struct.pack('ii', 1),
    lambda: struct.pack('i', 1, 2),
    lambda: struct.pack('2s', b'a', b'b'),
    lambda: struct.pack(),
    lambda: struct.pack(5),
    lambda: struct.pack('i', 1, x=1),
    lambda: struct.unpack('i'),
    lambda: struct.unpack('i', b'abc'),
    lambda: struct.unpack('<2h', b'abc'),
    lambda: struct.unpack('i', 'abcd'),
    lambda: struct.unpack('i', 5),
    lambda: struct.unpack('i', bytearray(b'abcd')),
    lambda: struct.calcsize(5),
    lambda: struct.calcsize('i', 1),
    lambda: struct.calcsize('999999999999999999999i'),
    lambda: struct.calcsize('i5'),
    lambda: struct.iter_unpack('i', b'abcde'),
    lambda: struct.iter_unpack('', b''),
    lambda: struct.iter_unpack('i'),
    lambda: struct.Struct(3),
]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__name__, struct.error.__module__)
try:
    struct.pack('x', 1)
except struct.error as e:
    print('caught', repr(e), e.args)
