"""json.decoder for Pyrite: JSONDecoder and JSONDecodeError.

Written for Pyrite (not CPython's source): a recursive-descent scanner
whose results, positions and messages follow CPython 3.11's C scanner.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """Subclass of ValueError with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
            'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'),
              '-Infinity': float('-inf')}


def _constant(name):
    return _CONSTANTS[name]


class _Stop(Exception):
    """No JSON value starts at self.pos."""

    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


def _skip_ws(s, i, n):
    while i < n and s[i] in _WS:
        i += 1
    return i


def _hex4(s, i):
    # i: index of the 'u'; returns the code unit of the 4 digits after it.
    h = s[i + 1:i + 5]
    if len(h) == 4 and h[0] in _HEX and h[1] in _HEX and h[2] in _HEX and h[3] in _HEX:
        return int(h, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, i)


def scanstring(s, end, strict=True):
    """Decodes the string whose opening quote is at end - 1.

    Returns (str, index after the closing quote).  (Scans by indexing:
    str methods copy their receiver in Pyrite, so find() on a long
    document would be quadratic.)"""
    begin = end - 1
    n = len(s)
    chunks = []
    i = end
    while True:
        if i >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[i]
        if c == '"':
            if i > end:
                chunks.append(s[end:i])
            return ''.join(chunks), i + 1
        if c != '\\':
            if c < ' ' and strict:
                raise JSONDecodeError("Invalid control character at", s, i)
            i += 1
            continue
        if i > end:
            chunks.append(s[end:i])
        b = i
        if b + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[b + 1]
        if esc != 'u':
            c = _ESCAPES.get(esc)
            if c is None:
                raise JSONDecodeError("Invalid \\escape", s, b)
            chunks.append(c)
            end = b + 2
        else:
            uni = _hex4(s, b + 1)
            end = b + 6
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = _hex4(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            chunks.append(chr(uni))
        i = end


class JSONDecoder:
    """Simple JSON decoder (CPython's JSONDecoder interface)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        n = len(s)
        obj, end = self.raw_decode(s, _skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx, len(s))
        except _Stop as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None

    def scan_once(self, s, idx):
        try:
            return self._value(s, idx, len(s))
        except _Stop as err:
            raise StopIteration(err.pos) from None

    def _value(self, s, i, n):
        if i >= n:
            raise _Stop(i)
        c = s[i]
        if c == '"':
            return scanstring(s, i + 1, self.strict)
        if c == '{':
            return self._object(s, i + 1, n)
        if c == '[':
            return self._array(s, i + 1, n)
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if c == 'N' and s[i:i + 3] == 'NaN':
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s[i:i + 8] == 'Infinity':
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s[i:i + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), i + 9
        return self._number(s, i, n)

    def _number(self, s, i, n):
        start = i
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise _Stop(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and (s[i] == 'e' or s[i] == 'E'):
            j = i + 1
            if j < n and (s[j] == '-' or s[j] == '+'):
                j += 1
            if j < n and s[j] in _DIGITS:
                j += 1
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def _object(self, s, i, n):
        pairs = []
        i = _skip_ws(s, i, n)
        if i < n and s[i] == '}':
            return self._finish_object(pairs), i + 1
        if i >= n or s[i] != '"':
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
        strict = self.strict
        while True:
            key, i = scanstring(s, i + 1, strict)
            i = _skip_ws(s, i, n)
            if i >= n or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1, n)
            try:
                value, i = self._value(s, i, n)
            except _Stop as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            pairs.append((key, value))
            i = _skip_ws(s, i, n)
            if i < n and s[i] == '}':
                return self._finish_object(pairs), i + 1
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1, n)
            if i >= n or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def _array(self, s, i, n):
        values = []
        i = _skip_ws(s, i, n)
        if i < n and s[i] == ']':
            return values, i + 1
        while True:
            try:
                value, i = self._value(s, i, n)
            except _Stop as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            values.append(value)
            i = _skip_ws(s, i, n)
            if i < n and s[i] == ']':
                return values, i + 1
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1, n)
