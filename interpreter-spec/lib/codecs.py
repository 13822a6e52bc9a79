"""Codec registry and helpers (CPython 3.11's `codecs`, for Pyrite).

The text codecs utf-8, utf-8-sig, utf-16(-le/-be), utf-32(-le/-be),
latin-1 and ascii are built into str.encode/bytes.decode
(interpreter-spec/src/bytes.rs); the others are Python code in
`_pycodecs` (cp1252, unicode-escape, raw-unicode-escape, punycode, idna,
and the bytes/str transforms hex, base64, rot-13, zlib).  str.encode and
bytes.decode call `_method_fallback` here for an encoding they do not
know.  Search functions added with `register` are consulted after the
built-in table.  Not done: `open`, `EncodedFile`, StreamReader/Writer
beyond the class names, the surrogate error handlers."""

import _pycodecs

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE

__all__ = ['register', 'lookup', 'encode', 'decode', 'getencoder', 'getdecoder',
           'getincrementalencoder', 'getincrementaldecoder', 'iterencode',
           'iterdecode', 'CodecInfo', 'Codec', 'IncrementalEncoder',
           'IncrementalDecoder', 'BOM', 'BOM_BE', 'BOM_LE', 'BOM_UTF8',
           'BOM_UTF16', 'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32',
           'BOM_UTF32_LE', 'BOM_UTF32_BE', 'register_error', 'lookup_error',
           'strict_errors', 'ignore_errors', 'replace_errors',
           'xmlcharrefreplace_errors', 'backslashreplace_errors']


class CodecInfo(tuple):
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the bytes of an incomplete last character until more come."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    pass


class StreamReader(Codec):
    pass


class _StatelessEncoder(IncrementalEncoder):
    def __init__(self, errors='strict', _encode=None):
        IncrementalEncoder.__init__(self, errors)
        self._encode = _encode

    def encode(self, input, final=False):
        return self._encode(input, self.errors)[0]


class _BomEncoder(IncrementalEncoder):
    """utf-16/utf-32/utf-8-sig: the BOM comes with the first output only."""

    def __init__(self, errors='strict', _name=None):
        IncrementalEncoder.__init__(self, errors)
        self._name = _name
        self._first = True

    def encode(self, input, final=False):
        out = input.encode(self._name, self.errors)
        if self._first:
            self._first = False
            return out
        return out[len(input[:0].encode(self._name)):]

    def reset(self):
        self._first = True


def _incomplete_tail(name, data, final):
    """How many bytes at the end of `data` start a character of codec
    `name` that more input could complete."""
    if final:
        return 0
    if name in ('utf-8', 'utf-8-sig'):
        n = len(data)
        for back in (1, 2, 3):
            if back > n:
                break
            b = data[n - back]
            if b & 0xC0 == 0x80:
                continue
            need = 2 if 0xC2 <= b < 0xE0 else 3 if 0xE0 <= b < 0xF0 else 4 if 0xF0 <= b < 0xF5 else 0
            return back if need > back else 0
        return 0
    if name.startswith('utf-16'):
        tail = len(data) % 2
        if len(data) - tail >= 2:
            big = name.endswith('be')
            unit = data[len(data) - tail - 2:len(data) - tail]
            v = unit[0] * 256 + unit[1] if big else unit[1] * 256 + unit[0]
            if 0xD800 <= v < 0xDC00:
                tail += 2
        return tail
    if name.startswith('utf-32'):
        return len(data) % 4
    return 0


class _BuiltinDecoder(BufferedIncrementalDecoder):
    def __init__(self, errors='strict', _name=None):
        BufferedIncrementalDecoder.__init__(self, errors)
        self._name = _name
        self._started = False

    def _buffer_decode(self, data, errors, final):
        name = self._name
        if self._started and name in ('utf-16', 'utf-32', 'utf-8-sig'):
            name = self._order
        keep = _incomplete_tail(name, data, final)
        if name in ('utf-16', 'utf-32', 'utf-8-sig') and not self._started:
            width = 3 if name == 'utf-8-sig' else 2 if name == 'utf-16' else 4
            if len(data) < width and not final:
                return ('', 0)
            self._started = True
            if name == 'utf-8-sig':
                self._order = 'utf-8'
            elif data[:width] in (BOM_UTF16_BE, BOM_UTF32_BE):
                self._order = name + '-be'
            else:
                self._order = name + '-le'
        elif not self._started:
            self._started = True
        body = data[:len(data) - keep]
        return (body.decode(self._name if name == self._name else name, errors), len(body))

    def reset(self):
        BufferedIncrementalDecoder.reset(self)
        self._started = False


def _builtin_info(name):
    def encode(input, errors='strict'):
        return (input.encode(name, errors), len(input))

    def decode(input, errors='strict', final=False):
        data = bytes(input)
        return (data.decode(name, errors), len(data))

    encode.__name__ = name.replace('-', '_') + '_encode'
    decode.__name__ = name.replace('-', '_') + '_decode'
    if name in ('utf-16', 'utf-32', 'utf-8-sig'):
        enc = lambda errors='strict': _BomEncoder(errors, name)
    else:
        enc = lambda errors='strict': _StatelessEncoder(errors, encode)
    dec = lambda errors='strict': _BuiltinDecoder(errors, name)
    return CodecInfo(encode, decode, None, None, enc, dec, name)


_BUILTIN = ('utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be',
            'utf-32', 'utf-32-le', 'utf-32-be', 'iso8859-1', 'ascii')

_ALIASES = {
    'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'utf_8': 'utf-8', 'cp65001': 'utf-8',
    'utf8_ucs2': 'utf-8', 'utf8_ucs4': 'utf-8',
    'utf_8_sig': 'utf-8-sig',
    'utf16': 'utf-16', 'u16': 'utf-16', 'utf_16': 'utf-16',
    'utf_16le': 'utf-16-le', 'utf_16_le': 'utf-16-le', 'unicodelittleunmarked': 'utf-16-le',
    'utf_16be': 'utf-16-be', 'utf_16_be': 'utf-16-be', 'unicodebigunmarked': 'utf-16-be',
    'utf32': 'utf-32', 'u32': 'utf-32', 'utf_32': 'utf-32',
    'utf_32le': 'utf-32-le', 'utf_32_le': 'utf-32-le',
    'utf_32be': 'utf-32-be', 'utf_32_be': 'utf-32-be',
    'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'latin': 'iso8859-1', 'l1': 'iso8859-1',
    'iso8859_1': 'iso8859-1', 'iso_8859_1': 'iso8859-1', '8859': 'iso8859-1',
    'cp819': 'iso8859-1', 'iso_ir_100': 'iso8859-1', 'csisolatin1': 'iso8859-1',
    'iso_8859_1_1987': 'iso8859-1',
    'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii', 'us': 'ascii', 'cp367': 'ascii',
    'ansi_x3.4_1968': 'ascii', 'ansi_x3_4_1968': 'ascii', 'iso646_us': 'ascii', 'csascii': 'ascii',
    'cp1252': 'cp1252', 'windows_1252': 'cp1252',
    'hex': 'hex', 'hex_codec': 'hex', 'base64': 'base64', 'base_64': 'base64',
    'base64_codec': 'base64', 'rot13': 'rot-13', 'rot_13': 'rot-13',
    'zlib': 'zlib', 'zip': 'zlib', 'zlib_codec': 'zlib', 'idna': 'idna', 'punycode': 'punycode',
    'unicode_escape': 'unicode-escape', 'raw_unicode_escape': 'raw-unicode-escape',
}

_search_functions = []
_cache = {}


def _normalize(encoding):
    out = []
    for c in encoding.strip().lower():
        out.append('_' if c in ' -' else c)
    return ''.join(out)


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    info = None
    name = _ALIASES.get(key)
    if name in _BUILTIN:
        info = _builtin_info('latin-1' if name == 'iso8859-1' else name)
        info.name = name
    elif name is not None:
        info = _pycodecs.make_info(name, CodecInfo, _StatelessEncoder, BufferedIncrementalDecoder)
    else:
        for f in _search_functions:
            info = f(key)
            if info is not None:
                break
    if info is None:
        raise LookupError('unknown encoding: %s' % encoding)
    if not isinstance(info, CodecInfo):
        raise TypeError('codec search functions must return 4-tuples')
    _cache[key] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    res = lookup(encoding).encode(obj, errors)
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return res[0]


def decode(obj, encoding='utf-8', errors='strict'):
    res = lookup(encoding).decode(obj, errors)
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError('decoder must return a tuple (object, integer)')
    return res[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    enc = lookup(encoding).incrementalencoder
    if enc is None:
        raise LookupError(encoding)
    return enc


def getincrementaldecoder(encoding):
    dec = lookup(encoding).incrementaldecoder
    if dec is None:
        raise LookupError(encoding)
    return dec


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b'', True)
    if output:
        yield output


_error_handlers = {}


def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    return ('', exc.end)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    return ('\ufffd', exc.end)


def xmlcharrefreplace_errors(exc):
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    return (''.join(_pycodecs.char_escape(c) for c in exc.object[exc.start:exc.end]), exc.end)


for _n, _f in (('strict', strict_errors), ('ignore', ignore_errors),
               ('replace', replace_errors), ('xmlcharrefreplace', xmlcharrefreplace_errors),
               ('backslashreplace', backslashreplace_errors)):
    _error_handlers[_n] = _f


def register_error(name, handler):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name):
    if name not in _error_handlers:
        raise LookupError('unknown error handler name %r' % name)
    return _error_handlers[name]


def _method_fallback(obj, method, encoding='utf-8', errors='strict'):
    """str.encode / bytes.decode for codecs written in Python."""
    info = lookup(encoding)
    if not info._is_text_encoding:
        use = 'codecs.encode()' if method == 'encode' else 'codecs.decode()'
        raise LookupError("'%s' is not a text encoding; use %s to handle arbitrary codecs"
                          % (encoding, use))
    if method == 'encode':
        return info.encode(obj, errors)[0]
    return info.decode(obj, errors)[0]
