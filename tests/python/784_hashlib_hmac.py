# hashlib and hmac against known digests
import hashlib, hmac
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_512', 'blake2b']:
    for data in [b'', b'abc', b'a' * 200]:
        h = hashlib.new(name, data)
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:40])
h = hashlib.sha256(b'hello ')
c = h.copy()
h.update(b'world')
print(h.hexdigest() == hashlib.sha256(b'hello world').hexdigest(), c.hexdigest() == hashlib.sha256(b'hello ').hexdigest())
print(hashlib.md5(bytearray(b'xyz')).digest(), hashlib.sha1(b'abc').hexdigest())
print(hashlib.blake2b(b'abc', digest_size=20).hexdigest(), hashlib.blake2b(b'msg', key=b'secret', digest_size=16).hexdigest())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2).hex())
print(sorted(hashlib.algorithms_guaranteed)[:6])
m = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.md5)
print(m.hexdigest(), m.digest_size, m.name)
m2 = hmac.new(b'k' * 100, digestmod='sha512')
m2.update(b'part1')
m3 = m2.copy()
m2.update(b'part2')
print(m2.hexdigest()[:32], m3.hexdigest()[:32], hmac.digest(b'key', b'msg', 'sha256').hex()[:32])
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'), hmac.compare_digest(b'a', b'ab'))
for bad in [lambda: hashlib.sha256('text'), lambda: hashlib.new('nope'), lambda: hmac.new(b'k'), lambda: hmac.new('k', digestmod='md5')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
