# random: str, bytes and bytearray seeds (CPython's version 2: the bytes
# followed by their SHA-512 digest, as one big-endian int).
# gc-stress: 100
import random

for s in ['', 'hello', 'Pyrite', 'é€😀', 'x' * 200, b'hello', bytearray(b'\x00\xff'), b'']:
    random.seed(s)
    print(repr(s)[:30], random.random(), random.randrange(1000))
r = random.Random('abc')
print(r.random(), r.choice('xyz'))
print(random.Random('hello').random() == random.Random(b'hello').random())
