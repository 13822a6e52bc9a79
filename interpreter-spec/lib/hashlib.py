"""Secure hashes (CPython 3.11's `hashlib`, for Pyrite): md5, sha1,
sha224, sha256, sha384, sha512, sha3_224/256/384/512, blake2b and
pbkdf2_hmac.  The compression functions are dialect code
(interpreter-spec/src/hash_mod.rs, hash_more.rs) reached through
`_pyrite.hash`; a hash object keeps the bytes it was fed and hashes
them all on `digest()`.  Not done: blake2s, shake_*, scrypt, file_digest."""

import _pyrite

_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
    'sha384': (48, 128), 'sha512': (64, 128), 'sha3_224': (28, 144),
    'sha3_256': (32, 136), 'sha3_384': (48, 104), 'sha3_512': (64, 72),
    'blake2b': (64, 128),
}

algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                         'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                         'blake2b', 'blake2s', 'shake_128', 'shake_256'}
algorithms_available = set(algorithms_guaranteed)

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac')


def _check(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("object supporting the buffer API required")


class _Hash:
    def __init__(self, name, data=b'', digest_size=None, key=b''):
        self._name = name
        self._parts = []
        self._size = digest_size if digest_size is not None else _SIZES[name][0]
        self._key = key
        if data:
            self.update(data)

    name = property(lambda self: self._name)
    digest_size = property(lambda self: self._size)
    block_size = property(lambda self: _SIZES[self._name][1])

    def update(self, data):
        self._parts.append(_check(data))

    def digest(self):
        if len(self._parts) > 1:
            self._parts = [b''.join(self._parts)]
        data = self._parts[0] if self._parts else b''
        return _pyrite.hash(self._name, data, self._size, self._key)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        c = _Hash.__new__(type(self))
        c._name = self._name
        c._parts = list(self._parts)
        c._size = self._size
        c._key = self._key
        return c

    def __repr__(self):
        return '<%s _hashlib.HASH object @ 0x%x>' % (self._name, id(self))


def _maker(name):
    def f(string=b'', *, usedforsecurity=True):
        return _Hash(name, string)
    f.__name__ = 'openssl_' + name
    return f


md5 = _maker('md5')
sha1 = _maker('sha1')
sha224 = _maker('sha224')
sha256 = _maker('sha256')
sha384 = _maker('sha384')
sha512 = _maker('sha512')
sha3_224 = _maker('sha3_224')
sha3_256 = _maker('sha3_256')
sha3_384 = _maker('sha3_384')
sha3_512 = _maker('sha3_512')


class blake2b(_Hash):
    MAX_DIGEST_SIZE = 64
    MAX_KEY_SIZE = 64
    SALT_SIZE = 16
    PERSON_SIZE = 16

    def __init__(self, data=b'', *, digest_size=64, key=b'', usedforsecurity=True):
        if not 1 <= digest_size <= 64:
            raise ValueError('digest_size must be between 1 and 64 bytes')
        if len(key) > 64:
            raise ValueError('maximum key length is 64 bytes')
        _Hash.__init__(self, 'blake2b', data, digest_size, bytes(key))

    def __repr__(self):
        return '<_blake2.blake2b object at 0x%x>' % id(self)


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError('new() argument 1 must be str, not %s' % type(name).__name__)
    key = name.lower().replace('-', '_')
    if key == 'blake2b':
        return blake2b(data, **kwargs)
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    return _Hash(key, data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    import hmac
    password = _check(password)
    salt = _check(salt)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    size = new(hash_name).digest_size
    if dklen is None:
        dklen = size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    out = b''
    block = 1
    while len(out) < dklen:
        u = hmac.digest(password, salt + block.to_bytes(4, 'big'), hash_name)
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = hmac.digest(password, u, hash_name)
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(size, 'big')
        block += 1
    return out[:dklen]
