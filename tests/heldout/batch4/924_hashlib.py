# hashlib digests
import hashlib
data = b'The quick brown fox jumps over the lazy dog'
print(hashlib.md5(data).hexdigest())
print(hashlib.sha1(data).hexdigest())
print(hashlib.sha256(data).hexdigest())
print(hashlib.sha512(b'').hexdigest()[:32])
print(hashlib.sha256(b'').hexdigest())
h = hashlib.sha256()
h.update(b'The quick brown fox ')
h.update(b'jumps over the lazy dog')
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.digest_size, h.block_size, h.name)
c = h.copy()
c.update(b'!')
print(c.hexdigest() != h.hexdigest(), len(h.digest()))
print(hashlib.new('sha224', b'abc').hexdigest())
print(hashlib.blake2b(b'abc', digest_size=16).hexdigest(), hashlib.sha3_256(b'abc').hexdigest()[:16])
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex()[:32])
import hmac
mac = hmac.new(b'key', data, 'sha256')
print(mac.hexdigest(), hmac.compare_digest(mac.hexdigest(), mac.hexdigest()))
print(sorted(a for a in ('md5', 'sha1', 'sha256') if a in hashlib.algorithms_guaranteed))
try:
    hashlib.sha256('text')
except TypeError as e:
    print(type(e).__name__, e)
print(hashlib.md5('caf\u00e9'.encode()).hexdigest())
