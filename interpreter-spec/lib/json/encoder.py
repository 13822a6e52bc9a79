"""json.encoder for Pyrite: JSONEncoder.

Written for Pyrite (not CPython's source).  Output follows CPython 3.11
byte for byte: separators, indent, sort_keys, ensure_ascii escapes
(surrogate pairs for astral characters), float reprs, NaN/Infinity.
"""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
        '\b': '\\b', '\f': '\\f'}


def _esc_char(c):
    e = _ESC.get(c)
    if e is not None:
        return e
    n = ord(c)
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    plain = True
    for c in s:
        if c < ' ' or c > '~' or c == '"' or c == '\\':
            plain = False
            break
    if plain:
        return '"' + s + '"'
    out = ['"']
    for c in s:
        if ' ' <= c <= '~' and c != '"' and c != '\\':
            out.append(c)
        else:
            out.append(_esc_char(c))
    out.append('"')
    return ''.join(out)


def py_encode_basestring(s):
    """Return a JSON representation of a Python string."""
    if '"' not in s and '\\' not in s:
        plain = True
        for c in s:
            if c < ' ':
                plain = False
                break
        if plain:
            return '"' + s + '"'
    out = ['"']
    for c in s:
        if c < ' ' or c == '"' or c == '\\':
            out.append(_esc_char(c))
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON encoder (CPython's JSONEncoder interface)."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return py_encode_basestring_ascii(o)
            return py_encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        if not _one_shot:
            # A generator, in the chunks CPython's pure-Python encoder yields.
            return _ChunkWriter(self, None).value_chunks(o, 0)
        out = []
        _Writer(self, out).value(o, 0)
        return out


class _Writer:
    def __init__(self, enc, out):
        self.enc = enc
        self.out = out
        self.markers = {} if enc.check_circular else None
        self.strenc = py_encode_basestring_ascii if enc.ensure_ascii else py_encode_basestring
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.item_sep = enc.item_separator
        self.key_sep = enc.key_separator

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.strenc(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            mid = self.enter(o)
            self.value(self.enc.default(o), level)
            self.leave(mid)

    def enter(self, o):
        # Marks container o as being encoded (the circular-reference check);
        # returns its marker key, or None without the check.
        markers = self.markers
        if markers is None:
            return None
        mid = id(o)
        if mid in markers:
            raise ValueError("Circular reference detected")
        markers[mid] = o
        return mid

    def leave(self, mid):
        if mid is not None:
            del self.markers[mid]

    def open(self, bracket, level):
        # Writes an opening bracket; returns (item separator, level inside).
        indent = self.indent
        if indent is None:
            self.out.append(bracket)
            return self.item_sep, level
        level += 1
        newline = '\n' + indent * level
        self.out.append(bracket + newline)
        return self.item_sep + newline, level

    def close(self, bracket, level):
        if self.indent is not None:
            self.out.append('\n' + self.indent * (level - 1))
        self.out.append(bracket)

    def scalar(self, o):
        # The text of a str, None, bool, int or float; None for the rest.
        if isinstance(o, str):
            return self.strenc(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def key_text(self, key):
        # A dict key as JSON object member text; None to skip it (skipkeys).
        if isinstance(key, str):
            return key
        text = self.scalar(key)
        if text is not None:
            return text
        if self.enc.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, '
                        'not ' + type(key).__name__)

    def array(self, lst, level):
        out = self.out
        if not lst:
            out.append('[]')
            return
        mid = self.enter(lst)
        sep, level = self.open('[', level)
        first = True
        for v in lst:
            if first:
                first = False
            else:
                out.append(sep)
            self.value(v, level)
        self.close(']', level)
        self.leave(mid)

    def object(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        mid = self.enter(dct)
        sep, level = self.open('{', level)
        items = list(dct.items())
        if self.enc.sort_keys:
            items.sort()
        first = True
        for key, v in items:
            key = self.key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                out.append(sep)
            out.append(self.strenc(key))
            out.append(self.key_sep)
            self.value(v, level)
        self.close('}', level)
        self.leave(mid)


class _ChunkWriter(_Writer):
    """The encoder as generators: CPython's `iterencode` chunking."""

    def value_chunks(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.list_chunks(o, level)
        elif isinstance(o, dict):
            yield from self.dict_chunks(o, level)
        else:
            mid = self.enter(o)
            yield from self.value_chunks(self.enc.default(o), level)
            self.leave(mid)

    def list_chunks(self, lst, level):
        if not lst:
            yield '[]'
            return
        mid = self.enter(lst)
        buf = '['
        sep = self.item_sep
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep += newline
            buf += newline
        first = True
        for v in lst:
            if first:
                first = False
            else:
                buf = sep
            text = self.scalar(v)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self.value_chunks(v, level)
        if self.indent is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield ']'
        self.leave(mid)

    def dict_chunks(self, dct, level):
        if not dct:
            yield '{}'
            return
        mid = self.enter(dct)
        yield '{'
        sep = self.item_sep
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep += newline
            yield newline
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        for key, v in items:
            key = self.key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield sep
            yield self.strenc(key)
            yield self.key_sep
            text = self.scalar(v)
            if text is not None:
                yield text
            else:
                yield from self.value_chunks(v, level)
        if self.indent is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield '}'
        self.leave(mid)
