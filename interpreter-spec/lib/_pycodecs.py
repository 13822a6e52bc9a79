"""Codecs written in Python for `codecs` (lib/codecs.py): cp1252,
unicode-escape, raw-unicode-escape, punycode, idna (labels: ASCII kept,
others lowercased then punycoded; no full nameprep), and the transforms
hex, base64, rot-13 and zlib."""

_CP1252_HIGH = [
    0x20AC, None, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, None, 0x017D, None,
    None, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, None, 0x017E, 0x0178,
]
_CP1252_ENC = {}
for _i, _v in enumerate(_CP1252_HIGH):
    if _v is not None:
        _CP1252_ENC[_v] = 0x80 + _i


def char_escape(c):
    v = ord(c)
    if v < 0x100:
        return '\\x%02x' % v
    if v < 0x10000:
        return '\\u%04x' % v
    return '\\U%08x' % v


def _encode_error(codec, s, i, reason, errors, out):
    """Applies error handler `errors` to s[i]; appends to `out` (bytes)."""
    c = s[i]
    if errors == 'ignore':
        return
    if errors == 'replace':
        out += b'?'
    elif errors == 'xmlcharrefreplace':
        out += ('&#%d;' % ord(c)).encode('ascii')
    elif errors == 'backslashreplace':
        out += char_escape(c).encode('ascii')
    elif errors == 'strict':
        raise UnicodeEncodeError(codec, s, i, i + 1, reason)
    else:
        import codecs
        rep, pos = codecs.lookup_error(errors)(UnicodeEncodeError(codec, s, i, i + 1, reason))
        out += rep.encode('ascii') if isinstance(rep, str) else rep


def _decode_error(codec, data, i, reason, errors, out):
    if errors == 'ignore':
        return
    if errors == 'replace':
        out.append('\ufffd')
    elif errors == 'backslashreplace':
        out.append('\\x%02x' % data[i])
    elif errors == 'strict':
        raise UnicodeDecodeError(codec, data, i, i + 1, reason)
    else:
        import codecs
        rep, pos = codecs.lookup_error(errors)(UnicodeDecodeError(codec, data, i, i + 1, reason))
        out.append(rep)


def cp1252_encode(s, errors='strict'):
    out = bytearray()
    for i, c in enumerate(s):
        v = ord(c)
        if v < 0x80 or 0xA0 <= v < 0x100:
            out.append(v)
        elif v in _CP1252_ENC:
            out.append(_CP1252_ENC[v])
        else:
            _encode_error('charmap', s, i, 'character maps to <undefined>', errors, out)
    return (bytes(out), len(s))


def cp1252_decode(data, errors='strict', final=False):
    data = bytes(data)
    out = []
    for i, b in enumerate(data):
        if b < 0x80 or b >= 0xA0:
            out.append(chr(b))
        elif _CP1252_HIGH[b - 0x80] is not None:
            out.append(chr(_CP1252_HIGH[b - 0x80]))
        else:
            _decode_error('charmap', data, i, 'character maps to <undefined>', errors, out)
    return (''.join(out), len(data))


def unicode_escape_encode(s, errors='strict'):
    out = []
    for c in s:
        v = ord(c)
        if c == '\\':
            out.append('\\\\')
        elif c == '\t':
            out.append('\\t')
        elif c == '\n':
            out.append('\\n')
        elif c == '\r':
            out.append('\\r')
        elif 0x20 <= v < 0x7F:
            out.append(c)
        else:
            out.append(char_escape(c))
    return (''.join(out).encode('ascii'), len(s))


def raw_unicode_escape_encode(s, errors='strict'):
    out = bytearray()
    for c in s:
        v = ord(c)
        if v < 0x100:
            out.append(v)
        elif v < 0x10000:
            out += ('\\u%04x' % v).encode('ascii')
        else:
            out += ('\\U%08x' % v).encode('ascii')
    return (bytes(out), len(s))


_SIMPLE = {'\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f',
           'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\n': ''}


def _escape_decode(data, errors, raw):
    data = bytes(data)
    codec = 'rawunicodeescape' if raw else 'unicodeescape'
    s = data.decode('latin-1')
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != '\\' or i + 1 >= n:
            if c == '\\' and not raw:
                raise UnicodeDecodeError(codec, data, i, i + 1, '\\ at end of string')
            out.append(c)
            i += 1
            continue
        e = s[i + 1]
        if raw and e not in 'uU':
            out.append(c)
            i += 1
            continue
        if not raw and e in _SIMPLE:
            out.append(_SIMPLE[e])
            i += 2
            continue
        if not raw and e in '01234567':
            j = i + 1
            v = 0
            while j < n and j < i + 4 and s[j] in '01234567':
                v = v * 8 + int(s[j])
                j += 1
            out.append(chr(v))
            i = j
            continue
        if e in 'xuU':
            width = {'x': 2, 'u': 4, 'U': 8}[e]
            digits = s[i + 2:i + 2 + width]
            if len(digits) < width or any(d not in '0123456789abcdefABCDEF' for d in digits):
                end = i + 2
                while end < n and end < i + 2 + width and s[end] in '0123456789abcdefABCDEF':
                    end += 1
                msg = 'truncated \\%sXXXX escape' % e if e == 'u' else 'truncated \\xXX escape' if e == 'x' else 'truncated \\UXXXXXXXX escape'
                if errors == 'strict':
                    raise UnicodeDecodeError(codec, data, i, end, msg)
                if errors == 'replace':
                    out.append('\ufffd')
                i = end
                continue
            v = int(digits, 16)
            if v > 0x10FFFF:
                raise UnicodeDecodeError(codec, data, i, i + 2 + width, 'illegal Unicode character')
            out.append(chr(v))
            i += 2 + width
            continue
        if not raw and e == 'N':
            j = s.find('}', i)
            if i + 2 < n and s[i + 2] == '{' and j > 0:
                import unicodedata
                try:
                    out.append(unicodedata.lookup(s[i + 3:j]))
                    i = j + 1
                    continue
                except KeyError:
                    pass
            raise UnicodeDecodeError(codec, data, i, max(j + 1, i + 2), 'malformed \\N character escape')
        out.append('\\' + e)
        i += 2
    return (''.join(out), len(data))


def unicode_escape_decode(data, errors='strict', final=False):
    return _escape_decode(data, errors, False)


def raw_unicode_escape_decode(data, errors='strict', final=False):
    return _escape_decode(data, errors, True)


# ---- punycode (RFC 3492) and idna --------------------------------------

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700


def _adapt(delta, numpoints, first):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // numpoints
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + ((_BASE - _TMIN + 1) * delta) // (delta + _SKEW)


def _digit(d):
    return chr(d + 22 + 75 * (d < 26))


def punycode_encode(s, errors='strict'):
    out = [c for c in s if ord(c) < 0x80]
    b = h = len(out)
    if b:
        out.append('-')
    n, delta, bias = 128, 0, 72
    codes = [ord(c) for c in s]
    while h < len(codes):
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (h + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                q = delta
                k = _BASE
                while True:
                    t = _TMIN if k <= bias else _TMAX if k >= bias + _TMAX else k - bias
                    if q < t:
                        break
                    out.append(_digit(t + (q - t) % (_BASE - t)))
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_digit(q))
                bias = _adapt(delta, h + 1, h == b)
                delta = 0
                h += 1
        delta += 1
        n += 1
    return (''.join(out).encode('ascii'), len(s))


def punycode_decode(data, errors='strict', final=False):
    text = bytes(data).decode('ascii') if not isinstance(data, str) else data
    pos = text.rfind('-')
    out = list(text[:pos]) if pos > 0 else []
    rest = text[pos + 1:] if pos > 0 else text
    n, i, bias = 128, 0, 72
    j = 0
    while j < len(rest):
        oldi, w, k = i, 1, _BASE
        while True:
            c = rest[j]
            j += 1
            d = ord(c) - 48 + 26 if c.isdigit() else ord(c.lower()) - 97
            i += d * w
            t = _TMIN if k <= bias else _TMAX if k >= bias + _TMAX else k - bias
            if d < t:
                break
            w *= _BASE - t
            k += _BASE
        bias = _adapt(i - oldi, len(out) + 1, oldi == 0)
        n += i // (len(out) + 1)
        i %= len(out) + 1
        out.insert(i, chr(n))
        i += 1
    return (''.join(out), len(data))


_DOTS = ('.', '\u3002', '\uff0e', '\uff61')


def idna_encode(s, errors='strict'):
    labels = s.replace('\u3002', '.').replace('\uff0e', '.').replace('\uff61', '.').split('.')
    out = []
    for label in labels:
        if label.isascii():
            out.append(label.encode('ascii'))
        else:
            out.append(b'xn--' + punycode_encode(label.lower())[0])
        if len(out[-1]) > 63:
            raise UnicodeError('label too long')
    return (b'.'.join(out), len(s))


def idna_decode(data, errors='strict', final=False):
    text = bytes(data).decode('ascii') if not isinstance(data, str) else data
    out = []
    for label in text.split('.'):
        if label.lower().startswith('xn--'):
            out.append(punycode_decode(label[4:])[0])
        else:
            out.append(label.lower())
    return ('.'.join(out), len(data))


# ---- bytes-to-bytes and str-to-str transforms ---------------------------

def hex_encode(data, errors='strict'):
    import binascii
    return (binascii.b2a_hex(data), len(data))


def hex_decode(data, errors='strict'):
    import binascii
    return (binascii.a2b_hex(data), len(data))


def base64_encode(data, errors='strict'):
    import base64
    return (base64.encodebytes(data), len(data))


def base64_decode(data, errors='strict'):
    import base64
    return (base64.decodebytes(data), len(data))


def zlib_encode(data, errors='strict'):
    import zlib
    return (zlib.compress(data), len(data))


def zlib_decode(data, errors='strict'):
    import zlib
    return (zlib.decompress(data), len(data))


def rot13(s, errors='strict'):
    out = []
    for c in s:
        if 'a' <= c <= 'z':
            c = chr((ord(c) - 97 + 13) % 26 + 97)
        elif 'A' <= c <= 'Z':
            c = chr((ord(c) - 65 + 13) % 26 + 65)
        out.append(c)
    return (''.join(out), len(s))


_TABLE = {
    'cp1252': (cp1252_encode, cp1252_decode, True),
    'unicode-escape': (unicode_escape_encode, unicode_escape_decode, True),
    'raw-unicode-escape': (raw_unicode_escape_encode, raw_unicode_escape_decode, True),
    'punycode': (punycode_encode, punycode_decode, True),
    'idna': (idna_encode, idna_decode, True),
    'hex': (hex_encode, hex_decode, False),
    'base64': (base64_encode, base64_decode, False),
    'zlib': (zlib_encode, zlib_decode, False),
    'rot-13': (rot13, rot13, False),
}


def make_info(name, CodecInfo, StatelessEncoder, BufferedDecoder):
    enc, dec, text = _TABLE[name]

    class _Dec(BufferedDecoder):
        def _buffer_decode(self, data, errors, final):
            return dec(data, errors)

    return CodecInfo(enc, dec, None, None,
                     lambda errors='strict': StatelessEncoder(errors, enc),
                     _Dec, name, _is_text_encoding=text)
