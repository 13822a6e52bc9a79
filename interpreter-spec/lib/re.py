"""re for Pyrite: regular expressions with a backtracking matcher.

Written for Pyrite (not CPython's sre).  A pattern is parsed once into a
tree, compiled into a small instruction list (cached by pattern and flags)
and run by a backtracking machine with an explicit stack, so deep matches
do not recurse.  Single-character repeats (`a*`, `[a-z]+?`, `.*`) are one
instruction that counts in a tight loop and backtracks by position; loops
whose body may match empty stop when an iteration makes no progress.

The API, the group semantics, the reprs and the messages of `re.error`
follow CPython 3.11 for str patterns.  Not supported: bytes patterns,
re.LOCALE, \\N{...} escapes, full Unicode case folding (IGNORECASE compares
lower() and upper()).  The flags are RegexFlag objects that wrap an int
and print like CPython's, but are not int instances (Pattern.flags is an int).
"""

import sys as _sys

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
           'finditer', 'compile', 'purge', 'escape', 'error', 'Pattern', 'Match',
           'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE',
           'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG']

_TEMPLATE = 1
_IGNORECASE = 2
_LOCALE = 4
_MULTILINE = 8
_DOTALL = 16
_UNICODE = 32
_VERBOSE = 64
_DEBUG = 128
_ASCII = 256

_FLAG_NAMES = [(_TEMPLATE, 'TEMPLATE'), (_IGNORECASE, 'IGNORECASE'), (_LOCALE, 'LOCALE'),
               (_MULTILINE, 'MULTILINE'), (_DOTALL, 'DOTALL'), (_UNICODE, 'UNICODE'),
               (_VERBOSE, 'VERBOSE'), (_DEBUG, 'DEBUG'), (_ASCII, 'ASCII')]
_FLAG_LETTERS = {'a': _ASCII, 'i': _IGNORECASE, 'L': _LOCALE, 'm': _MULTILINE,
                 's': _DOTALL, 'u': _UNICODE, 'x': _VERBOSE}


def _flag_names(flags):
    names = []
    for value, name in _FLAG_NAMES:
        if flags & value:
            names.append('re.' + name)
            flags &= ~value
    if flags:
        names.append(hex(flags))
    return '|'.join(names)


def _int(flags):
    return flags.value if isinstance(flags, RegexFlag) else flags


class RegexFlag:
    """The re flags (CPython's enum.IntFlag; here a small int wrapper)."""

    def __init__(self, value):
        self.value = value

    def __or__(self, other):
        return RegexFlag(self.value | _int(other))

    __ror__ = __or__

    def __and__(self, other):
        return RegexFlag(self.value & _int(other))

    __rand__ = __and__

    def __xor__(self, other):
        return RegexFlag(self.value ^ _int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(0x1ff & ~self.value)

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value

    def __bool__(self):
        return self.value != 0

    def __eq__(self, other):
        if isinstance(other, (int, RegexFlag)):
            return self.value == _int(other)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, (int, RegexFlag)):
            return self.value != _int(other)
        return NotImplemented

    def __hash__(self):
        return hash(self.value)

    def __repr__(self):
        if not self.value:
            return 're.NOFLAG'
        return _flag_names(self.value)

    __str__ = __repr__


RegexFlag.__module__ = 're'
NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(_TEMPLATE)
IGNORECASE = I = RegexFlag(_IGNORECASE)
LOCALE = L = RegexFlag(_LOCALE)
MULTILINE = M = RegexFlag(_MULTILINE)
DOTALL = S = RegexFlag(_DOTALL)
UNICODE = U = RegexFlag(_UNICODE)
VERBOSE = X = RegexFlag(_VERBOSE)
DEBUG = RegexFlag(_DEBUG)
ASCII = A = RegexFlag(_ASCII)

_MAXREPEAT = 4294967295


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if '\n' in pattern:
                self.lineno = pattern.count('\n', 0, pos) + 1
                self.colno = pos - pattern.rfind('\n', 0, pos)
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
            else:
                self.lineno = 1
                self.colno = pos + 1
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = 're'
PatternError = error

################################################################ characters

_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WHITESPACE = ' \t\n\r\x0b\x0c'
_A_DIGIT = frozenset(_DIGITS)
_A_SPACE = frozenset(' \t\n\r\x0b\x0c')
_A_WORD = frozenset(_ASCII_LETTERS + _DIGITS + '_')
_ESCAPES = {'a': '\x07', 'b': '\x08', 'f': '\x0c', 'n': '\n', 'r': '\r',
            't': '\t', 'v': '\x0b', '\\': '\\'}

# instruction codes
_LIT, _CHAR, _INSET, _NOTINSET, _ANY, _ANYALL, _CLASS, _SPLIT, _JMP, _SAVE, \
    _MATCH, _AT, _REF, _LOOK, _ATOMIC, _REPEAT, _MARK, _PROGRESS, _COND = range(19)

# assertion kinds
_AT_BOS, _AT_EOS, _AT_BOL, _AT_BOL_M, _AT_EOL, _AT_EOL_M, _AT_WORDB, _AT_NWORDB, \
    _AT_WORDB_A, _AT_NWORDB_A = range(10)


def _uword(c):
    return c.isalnum() or c == '_'


class _CharSet:
    """A character class: single characters, ranges and categories."""

    def __init__(self, chars, ranges, cats, neg, icase):
        self.chars = chars
        self.ranges = ranges
        self.cats = cats
        self.neg = neg
        self.icase = icase
        self.memo = {}

    def _has(self, c):
        if c in self.chars:
            return True
        o = ord(c)
        for lo, hi in self.ranges:
            if lo <= o <= hi:
                return True
        for cat in self.cats:
            if cat == 'd':
                if c.isdecimal():
                    return True
            elif cat == 'D':
                if not c.isdecimal():
                    return True
            elif cat == 'w':
                if c.isalnum() or c == '_':
                    return True
            elif cat == 'W':
                if not (c.isalnum() or c == '_'):
                    return True
            elif cat == 's':
                if c.isspace():
                    return True
            elif cat == 'S':
                if not c.isspace():
                    return True
        return False

    def test(self, c):
        r = self.memo.get(c)
        if r is None:
            if self._has(c) or (self.icase and (self._has(c.lower()) or self._has(c.upper()))):
                r = not self.neg
            else:
                r = self.neg
            if len(self.memo) < 1000:
                self.memo[c] = r
        return r

    def instruction(self):
        # Small classes without Unicode categories become a set lookup.
        if self.cats:
            return (_CLASS, self)
        total = 0
        for lo, hi in self.ranges:
            total += hi - lo + 1
        if total > 400:
            return (_CLASS, self)
        members = set(self.chars)
        for lo, hi in self.ranges:
            for o in range(lo, hi + 1):
                members.add(chr(o))
        if self.icase:
            for c in list(members):
                members.add(c.lower())
                members.add(c.upper())
        members = frozenset(members)
        if self.neg:
            return (_NOTINSET, members)
        if len(members) == 1:
            for c in members:
                return (_CHAR, c)
        return (_INSET, members)


def _category(cat, flags):
    """The class node of \\d \\D \\s \\S \\w \\W under flags."""
    if flags & _ASCII:
        base = {'d': _A_DIGIT, 's': _A_SPACE, 'w': _A_WORD}[cat.lower()]
        return _CharSet(set(base), [], [], cat.isupper(), False)
    return _CharSet(set(), [], [cat], False, False)


################################################################ parser

class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.n = len(pattern)
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}
        self.open = []
        self.global_ok = 0
        self.depth = 0

    def error(self, msg, pos):
        raise error(msg, self.p, pos)

    def parse(self):
        node = self.parse_alt(self.flags)
        if self.i < self.n:
            self.error("unbalanced parenthesis", self.i)
        return node

    def parse_alt(self, flags):
        branches = [self.parse_seq(flags)]
        while self.i < self.n and self.p[self.i] == '|':
            self.i += 1
            branches.append(self.parse_seq(flags))
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def parse_seq(self, flags):
        p = self.p
        n = self.n
        items = []
        last_rep = False
        while self.i < n:
            i = self.i
            c = p[i]
            if c == '|' or c == ')':
                break
            if flags & _VERBOSE:
                if c in _WHITESPACE:
                    self.i = i + 1
                    continue
                if c == '#':
                    j = p.find('\n', i)
                    self.i = n if j < 0 else j + 1
                    continue
            if c == '*' or c == '+' or c == '?' or c == '{':
                if c == '{':
                    rng = self.parse_braces(i)
                    if rng is None:
                        self.i = i + 1
                        items.append(('lit', '{', flags & _IGNORECASE))
                        last_rep = False
                        continue
                    mn, mx = rng
                else:
                    self.i = i + 1
                    if c == '*':
                        mn, mx = 0, None
                    elif c == '+':
                        mn, mx = 1, None
                    else:
                        mn, mx = 0, 1
                if not items or items[-1][0] == 'at':
                    self.error("nothing to repeat", i)
                if last_rep:
                    self.error("multiple repeat", i)
                mode = 0
                if self.i < n and p[self.i] == '?':
                    mode = 1
                    self.i += 1
                elif self.i < n and p[self.i] == '+':
                    mode = 2
                    self.i += 1
                items[-1] = ('rep', items[-1], mn, mx, mode)
                last_rep = True
                continue
            last_rep = False
            if c == '(':
                node, flags = self.parse_group(i, flags)
                if node is not None:
                    items.append(node)
                continue
            self.i = i + 1
            if c == '[':
                items.append(('set', self.parse_class(i, flags)))
            elif c == '.':
                items.append(('any', flags & _DOTALL))
            elif c == '^':
                items.append(('at', _AT_BOL_M if flags & _MULTILINE else _AT_BOL))
            elif c == '$':
                items.append(('at', _AT_EOL_M if flags & _MULTILINE else _AT_EOL))
            elif c == '\\':
                items.append(self.parse_escape(i, flags))
            else:
                items.append(('lit', c, flags & _IGNORECASE))
        if len(items) == 1:
            return items[0]
        return ('cat', items)

    def parse_braces(self, i):
        # i: index of '{'.  Returns (min, max) or None for a literal '{'.
        p = self.p
        j = i + 1
        k = j
        while k < self.n and p[k] in _DIGITS:
            k += 1
        lo = p[j:k]
        if k < self.n and p[k] == ',':
            m = k + 1
            while m < self.n and p[m] in _DIGITS:
                m += 1
            hi = p[k + 1:m]
        else:
            m = k
            hi = lo
        if m >= self.n or p[m] != '}' or (m == i + 1):
            return None
        self.i = m + 1
        mn = int(lo) if lo else 0
        mx = int(hi) if hi else None
        if mn >= _MAXREPEAT or (mx is not None and mx >= _MAXREPEAT):
            raise OverflowError("the repetition number is too large")
        if mx is not None and mx < mn:
            self.error("min repeat greater than max repeat", i + 1)
        return mn, mx

    def parse_escape(self, i, flags):
        # i: index of the backslash; outside a class.
        p = self.p
        if i + 1 >= self.n:
            self.error("bad escape (end of pattern)", i)
        c = p[i + 1]
        self.i = i + 2
        icase = flags & _IGNORECASE
        if c in 'dDsSwW':
            return ('set', _category(c, flags))
        if c == 'A':
            return ('at', _AT_BOS)
        if c == 'Z':
            return ('at', _AT_EOS)
        if c == 'b':
            return ('at', _AT_WORDB_A if flags & _ASCII else _AT_WORDB)
        if c == 'B':
            return ('at', _AT_NWORDB_A if flags & _ASCII else _AT_NWORDB)
        if c in '123456789':
            j = i + 2
            if j < self.n and p[j] in _DIGITS:
                if (c in _OCTDIGITS and p[j] in _OCTDIGITS and j + 1 < self.n
                        and p[j + 1] in _OCTDIGITS):
                    return ('lit', self.octal(i, p[i + 1:j + 2]), icase)
                j += 1
            self.i = j
            gid = int(p[i + 1:j])
            if gid <= self.ngroups:
                if gid in self.open:
                    self.error("cannot refer to an open group", i)
                return ('ref', gid, icase)
            self.error("invalid group reference %d" % gid, i + 1)
        return ('lit', self.char_escape(i, c), icase)

    def octal(self, i, digits):
        self.i = i + 1 + len(digits)
        v = int(digits, 8)
        if v > 0o377:
            self.error('octal escape value \\%s outside of range 0-0o377' % digits, i)
        return chr(v)

    def char_escape(self, i, c):
        # Escapes that stand for one character (shared by classes).
        p = self.p
        e = _ESCAPES.get(c)
        if e is not None:
            return e
        if c == 'x' or c == 'u' or c == 'U':
            width = 2 if c == 'x' else (4 if c == 'u' else 8)
            j = i + 2
            while j < self.n and j < i + 2 + width and p[j] in _HEXDIGITS:
                j += 1
            digits = p[i + 2:j]
            if len(digits) != width:
                self.error('incomplete escape \\%s%s' % (c, digits), i)
            self.i = j
            v = int(digits, 16)
            if v > 0x10ffff:
                self.error('bad escape \\%s%s' % (c, digits), i)
            return chr(v)
        if c == '0':
            j = i + 2
            while j < self.n and j < i + 4 and p[j] in _OCTDIGITS:
                j += 1
            return self.octal(i, p[i + 1:j])
        if c in _ASCII_LETTERS or c in _DIGITS:
            self.error('bad escape \\' + c, i)
        return c

    def class_item(self, i, flags):
        # One item of a class at i: a character or a category _CharSet.
        p = self.p
        c = p[i]
        if c != '\\':
            self.i = i + 1
            return c
        if i + 1 >= self.n:
            self.error("unterminated character set", self.set_start)
        d = p[i + 1]
        self.i = i + 2
        if d in 'dDsSwW':
            return _category(d, flags)
        if d == 'b':
            return '\x08'
        if d in _OCTDIGITS:
            j = i + 1
            while j < self.n and j < i + 4 and p[j] in _OCTDIGITS:
                j += 1
            return self.octal(i, p[i + 1:j])
        return self.char_escape(i, d)

    def parse_class(self, start, flags):
        p = self.p
        n = self.n
        self.set_start = start
        i = start + 1
        neg = False
        if i < n and p[i] == '^':
            neg = True
            i += 1
        chars = set()
        ranges = []
        cats = []
        first = True
        while True:
            if i >= n:
                self.error("unterminated character set", start)
            c = p[i]
            if c == ']' and not first:
                self.i = i + 1
                break
            first = False
            item_start = i
            item = self.class_item(i, flags)
            i = self.i
            if not isinstance(item, str):
                if item.neg:
                    cats.append(_CharSet(item.chars, [], item.cats, True, False))
                else:
                    chars.update(item.chars)
                    cats.extend(item.cats)
                if i + 1 < n and p[i] == '-' and p[i + 1] != ']':
                    self.error('bad character range %s' % p[item_start:i + 2], item_start)
                continue
            if i + 1 < n and p[i] == '-' and p[i + 1] != ']':
                hi = self.class_item(i + 1, flags)
                j = self.i
                if not isinstance(hi, str) or hi < item:
                    self.error('bad character range %s' % p[item_start:j], item_start)
                ranges.append((ord(item), ord(hi)))
                i = j
            else:
                chars.add(item)
        # Negated _ASCII categories ([\D\s] under re.A) stay sub-sets.
        cs = _CharSet(chars, ranges, cats, neg, flags & _IGNORECASE)
        if any(not isinstance(c, str) for c in cats):
            return _UnionSet(cs)
        return cs

    def new_group(self):
        self.ngroups += 1
        return self.ngroups

    def close(self, start):
        if self.i >= self.n or self.p[self.i] != ')':
            self.error("missing ), unterminated subpattern", start)
        self.i += 1

    def group_name(self, nstart, term, missing):
        p = self.p
        j = p.find(term, nstart)
        if j < 0:
            self.error(missing, nstart)
        name = p[nstart:j]
        if not name:
            self.error("missing group name", nstart)
        self.i = j + 1
        return name

    def parse_group(self, st, flags):
        # st: index of '('.  Returns (node or None, flags for the rest).
        p = self.p
        n = self.n
        i = st + 1
        icase = flags & _IGNORECASE
        if i < n and p[i] == '?':
            i += 1
            if i >= n:
                self.error("unexpected end of pattern", i)
            c = p[i]
            if c == ':':
                self.i = i + 1
                node = self.parse_alt(flags)
                self.close(st)
                return ('cat', [node]), flags
            if c == 'P':
                i += 1
                if i >= n:
                    self.error("unexpected end of pattern", i)
                d = p[i]
                if d == '<':
                    name = self.group_name(i + 1, '>', "missing >, unterminated name")
                    if not name.isidentifier():
                        self.error("bad character in group name %r" % name, i + 1)
                    gid = self.ngroups + 1
                    if name in self.names:
                        self.error("redefinition of group name %r as group %d; was group %d"
                                   % (name, gid, self.names[name]), i + 1)
                    self.names[name] = gid
                    return self.capture(st, flags), flags
                if d == '=':
                    name = self.group_name(i + 1, ')', "missing ), unterminated name")
                    if not name.isidentifier():
                        self.error("bad character in group name %r" % name, i + 1)
                    gid = self.names.get(name)
                    if gid is None:
                        self.error("unknown group name %r" % name, i + 1)
                    if gid in self.open:
                        self.error("cannot refer to an open group", i + 1)
                    return ('ref', gid, icase), flags
                self.error("unknown extension ?P" + d, i - 1)
            if c == '=' or c == '!':
                self.i = i + 1
                node = self.parse_alt(flags)
                self.close(st)
                return ('look', node, False, c == '!'), flags
            if c == '<':
                if i + 1 >= n:
                    self.error("unexpected end of pattern", i + 1)
                d = p[i + 1]
                if d != '=' and d != '!':
                    self.error("unknown extension ?<" + d, st + 1)
                self.i = i + 2
                node = self.parse_alt(flags)
                self.close(st)
                lo, hi = _width(node)
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
                return ('look', node, True, d == '!'), flags
            if c == '#':
                j = p.find(')', i)
                if j < 0:
                    self.error("missing ), unterminated comment", st)
                self.i = j + 1
                return None, flags
            if c == '>':
                self.i = i + 1
                node = self.parse_alt(flags)
                self.close(st)
                return ('atomic', node), flags
            if c == '(':
                name = self.group_name(i + 1, ')', "missing ), unterminated name")
                if name.isdigit():
                    gid = int(name)
                    if gid == 0:
                        self.error("bad group number", i + 1)
                elif name.isidentifier():
                    gid = self.names.get(name)
                    if gid is None:
                        self.error("unknown group name %r" % name, i + 1)
                else:
                    self.error("bad character in group name %r" % name, i + 1)
                node = self.parse_alt(flags)
                self.close(st)
                if node[0] == 'alt':
                    if len(node[1]) > 2:
                        self.error("conditional backref with more than two branches", st)
                    yes, no = node[1]
                else:
                    yes, no = node, ('cat', [])
                return ('cond', gid, yes, no), flags
            if c in _FLAG_LETTERS or c == '-':
                return self.parse_flags(st, i, flags)
            self.error("unknown extension ?" + c, st + 1)
        self.i = i
        return self.capture(st, flags), flags

    def capture(self, st, flags):
        gid = self.new_group()
        self.open.append(gid)
        node = self.parse_alt(flags)
        self.close(st)
        self.open.remove(gid)
        return ('group', gid, node)

    def parse_flags(self, st, i, flags):
        p = self.p
        n = self.n
        on = 0
        while i < n and p[i] in _FLAG_LETTERS:
            on |= _FLAG_LETTERS[p[i]]
            i += 1
        off = 0
        if i < n and p[i] == '-':
            i += 1
            while i < n and p[i] in _FLAG_LETTERS:
                off |= _FLAG_LETTERS[p[i]]
                i += 1
            if not off:
                self.error("missing flag", i)
        if i >= n:
            self.error("missing -, : or )", i)
        if p[i] == ')':
            if off:
                self.error("missing :", i)
            if st != self.global_ok or self.depth:
                self.error("global flags not at the start of the expression", st)
            self.i = i + 1
            self.global_ok = self.i
            self.flags |= on
            return None, flags | on
        if p[i] != ':':
            self.error("missing -, : or )" if p[i] in _ASCII_LETTERS else "unknown flag", i)
        self.i = i + 1
        node = self.parse_alt((flags | on) & ~off)
        self.close(st)
        return ('cat', [node]), flags


class _UnionSet(_CharSet):
    """A class holding negated categories ([\\D\\s]): tested one by one."""

    def __init__(self, cs):
        _CharSet.__init__(self, cs.chars, cs.ranges, [], cs.neg, cs.icase)
        self.parts = cs.cats

    def _has(self, c):
        if c in self.chars:
            return True
        o = ord(c)
        for lo, hi in self.ranges:
            if lo <= o <= hi:
                return True
        for part in self.parts:
            if isinstance(part, str):
                if _CharSet(set(), [], [part], False, False)._has(c):
                    return True
            elif part.test(c):
                return True
        return False

    def instruction(self):
        return (_CLASS, self)


def _width(node):
    """(min, max) characters a node matches; max None when unbounded."""
    t = node[0]
    if t == 'lit' or t == 'any' or t == 'set':
        return 1, 1
    if t == 'cat':
        lo = hi = 0
        for sub in node[1]:
            a, b = _width(sub)
            lo += a
            hi = None if (hi is None or b is None) else hi + b
        return lo, hi
    if t == 'alt':
        lo = None
        hi = 0
        for sub in node[1]:
            a, b = _width(sub)
            lo = a if lo is None else min(lo, a)
            hi = None if (hi is None or b is None) else max(hi, b)
        return lo, hi
    if t == 'group':
        return _width(node[2])
    if t == 'rep':
        a, b = _width(node[1])
        mx = node[3]
        return a * node[2], (None if (b is None or mx is None) else b * mx)
    if t == 'at' or t == 'look':
        return 0, 0
    if t == 'atomic':
        return _width(node[1])
    if t == 'cond':
        a, b = _width(node[2])
        c, d = _width(node[3])
        return min(a, c), (None if (b is None or d is None) else max(b, d))
    return 0, None   # backreference


################################################################ compiler

class _Compiler:
    def __init__(self, reg_base):
        self.reg_base = reg_base
        self.nregs = 0

    def single(self, node):
        """The one-character instruction for node, or None."""
        t = node[0]
        if t == 'lit':
            return self.lit_inst(node[1], node[2])
        if t == 'any':
            return (_ANYALL,) if node[1] else (_ANY,)
        if t == 'set':
            return node[1].instruction()
        if t == 'cat' and len(node[1]) == 1:
            return self.single(node[1][0])
        return None

    def lit_inst(self, c, icase):
        if icase:
            lo = c.lower()
            up = c.upper()
            if lo != c or up != c:
                s = {c}
                if len(lo) == 1:
                    s.add(lo)
                if len(up) == 1:
                    s.add(up)
                if len(s) > 1:
                    return (_INSET, frozenset(s))
        return (_CHAR, c)

    def emit(self, node, code):
        t = node[0]
        if t == 'cat':
            items = node[1]
            k = 0
            while k < len(items):
                sub = items[k]
                if sub[0] == 'lit' and not sub[2]:
                    j = k
                    text = []
                    while j < len(items) and items[j][0] == 'lit' and not items[j][2]:
                        text.append(items[j][1])
                        j += 1
                    if j - k > 1:
                        s = ''.join(text)
                        code.append((_LIT, s, len(s)))
                        k = j
                        continue
                self.emit(sub, code)
                k += 1
        elif t == 'lit' or t == 'any' or t == 'set':
            code.append(self.single(node))
        elif t == 'group':
            gid = node[1]
            code.append((_SAVE, 2 * gid))
            self.emit(node[2], code)
            code.append((_SAVE, 2 * gid + 1, self.reg_base - 1))
        elif t == 'alt':
            branches = node[1]
            jumps = []
            for k in range(len(branches)):
                if k < len(branches) - 1:
                    split = len(code)
                    code.append(None)
                    self.emit(branches[k], code)
                    jumps.append(len(code))
                    code.append(None)
                    code[split] = (_SPLIT, split + 1, len(code))
                else:
                    self.emit(branches[k], code)
            for j in jumps:
                code[j] = (_JMP, len(code))
        elif t == 'rep':
            self.emit_rep(node, code)
        elif t == 'at':
            code.append((_AT, node[1]))
        elif t == 'ref':
            code.append((_REF, node[1], node[2]))
        elif t == 'look':
            sub = []
            self.emit(node[1], sub)
            sub.append((_MATCH,))
            code.append((_LOOK, sub, node[2], node[3], _width(node[1])[0]))
        elif t == 'atomic':
            sub = []
            self.emit(node[1], sub)
            sub.append((_MATCH,))
            code.append((_ATOMIC, sub))
        elif t == 'cond':
            cond = len(code)
            code.append(None)
            self.emit(node[2], code)
            jmp = len(code)
            code.append(None)
            code[cond] = (_COND, node[1], len(code))
            self.emit(node[3], code)
            code[jmp] = (_JMP, len(code))

    def emit_rep(self, node, code):
        sub, mn, mx, mode = node[1], node[2], node[3], node[4]
        if mode == 2:
            self.emit(('atomic', ('rep', sub, mn, mx, 0)), code)
            return
        greedy = mode == 0
        one = self.single(sub)
        if one is not None:
            code.append((_REPEAT, one[0], one[1] if len(one) > 1 else None, mn,
                         mx, greedy, None))
            return
        for k in range(mn):
            self.emit(sub, code)
        if mx is None:
            nullable = _width(sub)[0] == 0
            top = len(code)
            code.append(None)
            if nullable:
                reg = self.reg_base + self.nregs
                self.nregs += 1
                code.append((_MARK, reg))
            self.emit(sub, code)
            if nullable:
                code.append((_PROGRESS, reg, len(code) + 1, top))
            else:
                code.append((_JMP, top))
            out = len(code)
            code[top] = (_SPLIT, top + 1, out) if greedy else (_SPLIT, out, top + 1)
        else:
            holes = []
            for k in range(mx - mn):
                holes.append(len(code))
                code.append(None)
                self.emit(sub, code)
            out = len(code)
            for h in holes:
                code[h] = (_SPLIT, h + 1, out) if greedy else (_SPLIT, out, h + 1)


def _add_hints(code):
    """A greedy single-character repeat followed by a literal remembers the
    literal's first character, so backtracking skips hopeless positions."""
    for pc in range(len(code)):
        inst = code[pc]
        if inst[0] == _REPEAT and inst[5] and pc + 1 < len(code):
            nxt = code[pc + 1]
            if nxt[0] == _CHAR:
                code[pc] = inst[:6] + (nxt[1],)
            elif nxt[0] == _LIT:
                code[pc] = inst[:6] + (nxt[1][0],)
        elif inst[0] == _LOOK or inst[0] == _ATOMIC:
            _add_hints(inst[1])


################################################################ matcher

def _count(kind, arg, s, pos, lim):
    """How far a single-character matcher repeats from pos (up to lim)."""
    i = pos
    if kind == _ANYALL:
        return lim
    if kind == _ANY:
        while i < lim and s[i] != '\n':
            i += 1
        return i
    if kind == _CHAR:
        while i < lim and s[i] == arg:
            i += 1
    elif kind == _INSET:
        while i < lim and s[i] in arg:
            i += 1
    elif kind == _NOTINSET:
        while i < lim and s[i] not in arg:
            i += 1
    else:
        memo = arg.memo
        while i < lim:
            r = memo.get(s[i])
            if r is None:
                r = arg.test(s[i])
            if not r:
                break
            i += 1
    return i


def _one(kind, arg, c):
    if kind == _CHAR:
        return c == arg
    if kind == _INSET:
        return c in arg
    if kind == _NOTINSET:
        return c not in arg
    if kind == _ANY:
        return c != '\n'
    if kind == _ANYALL:
        return True
    return arg.test(c)


def _at(kind, s, pos, end):
    if kind == _AT_BOS:
        return pos == 0
    if kind == _AT_EOS:
        return pos == end
    if kind == _AT_BOL:
        return pos == 0
    if kind == _AT_BOL_M:
        return pos == 0 or s[pos - 1] == '\n'
    if kind == _AT_EOL:
        return pos == end or (pos == end - 1 and s[pos] == '\n')
    if kind == _AT_EOL_M:
        return pos == end or s[pos] == '\n'
    if kind == _AT_WORDB or kind == _AT_NWORDB:
        if end == 0:
            return False
        a = pos > 0 and _uword(s[pos - 1])
        b = pos < end and _uword(s[pos])
        return (a != b) == (kind == _AT_WORDB)
    if end == 0:
        return False
    a = pos > 0 and s[pos - 1] in _A_WORD
    b = pos < end and s[pos] in _A_WORD
    return (a != b) == (kind == _AT_WORDB_A)


def _run(code, s, pc, pos, end, caps, start, mode):
    """Runs code from pc at pos; returns the end of the match or -1.

    mode 0: any match; 1: the match must end at end (fullmatch);
    2: the match must not be empty (after an empty match at start)."""
    stack = []
    push = stack.append
    pop = stack.pop
    while True:
        inst = code[pc]
        op = inst[0]
        if op == _CHAR:
            if pos < end and s[pos] == inst[1]:
                pos += 1
                pc += 1
                continue
        elif op == _LIT:
            # (str methods copy their receiver in Pyrite: compare slices)
            k = pos + inst[2]
            if k <= end and s[pos:k] == inst[1]:
                pos = k
                pc += 1
                continue
        elif op == _REPEAT:
            kind = inst[1]
            arg = inst[2]
            mn = inst[3]
            mx = inst[4]
            if inst[5]:
                lim = end if mx is None or pos + mx > end else pos + mx
                top = _count(kind, arg, s, pos, lim)
                low = pos + mn
                if top >= low:
                    hint = inst[6]
                    if hint is not None:
                        while top >= low and (top >= end or s[top] != hint):
                            top -= 1
                        if top < low:
                            pos = -1
                        elif top > low:
                            push((-2, pc + 1, low, top - 1, hint))
                    elif top > low:
                        push((-2, pc + 1, low, top - 1, None))
                    if pos >= 0:
                        pos = top
                        pc += 1
                        continue
            else:
                low = pos + mn
                if mn == 0 or (low <= end and _count(kind, arg, s, pos, low) == low):
                    pos = low
                    if mx is None or mx > mn:
                        push((-3, pc + 1, pos, None if mx is None else mx - mn, kind, arg))
                    pc += 1
                    continue
        elif op == _INSET:
            if pos < end and s[pos] in inst[1]:
                pos += 1
                pc += 1
                continue
        elif op == _SPLIT:
            push((inst[2], pos))
            pc = inst[1]
            continue
        elif op == _JMP:
            pc = inst[1]
            continue
        elif op == _SAVE:
            slot = inst[1]
            push((-1, slot, caps[slot]))
            caps[slot] = pos
            if len(inst) > 2:
                last = inst[2]
                push((-1, last, caps[last]))
                caps[last] = slot >> 1
            pc += 1
            continue
        elif op == _MATCH:
            if mode == 0 or (mode == 1 and pos == end) or (mode == 2 and pos != start):
                return pos
        elif op == _ANY:
            if pos < end and s[pos] != '\n':
                pos += 1
                pc += 1
                continue
        elif op == _ANYALL:
            if pos < end:
                pos += 1
                pc += 1
                continue
        elif op == _NOTINSET:
            if pos < end and s[pos] not in inst[1]:
                pos += 1
                pc += 1
                continue
        elif op == _CLASS:
            if pos < end and inst[1].test(s[pos]):
                pos += 1
                pc += 1
                continue
        elif op == _AT:
            if _at(inst[1], s, pos, end):
                pc += 1
                continue
        elif op == _MARK:
            slot = inst[1]
            push((-1, slot, caps[slot]))
            caps[slot] = pos
            pc += 1
            continue
        elif op == _PROGRESS:
            # an iteration that matched empty ends the loop (as sre does)
            pc = inst[2] if pos == caps[inst[1]] else inst[3]
            continue
        elif op == _REF:
            g = inst[1]
            a = caps[2 * g]
            b = caps[2 * g + 1]
            if a >= 0 and b >= 0:
                text = s[a:b]
                k = b - a
                if inst[2]:
                    if pos + k <= end and s[pos:pos + k].lower() == text.lower():
                        pos += k
                        pc += 1
                        continue
                elif pos + k <= end and s[pos:pos + k] == text:
                    pos += k
                    pc += 1
                    continue
        elif op == _LOOK:
            saved = caps[:]
            if inst[2]:
                at = pos - inst[4]
                r = -1
                if at >= 0:
                    r = _run(inst[1], s, 0, at, pos, caps, at, 1)
            else:
                r = _run(inst[1], s, 0, pos, end, caps, pos, 0)
            if inst[3]:
                if r < 0:
                    pc += 1
                    continue
                caps[:] = saved
            elif r >= 0:
                for k in range(len(caps)):
                    if caps[k] != saved[k]:
                        push((-1, k, saved[k]))
                pc += 1
                continue
        elif op == _ATOMIC:
            saved = caps[:]
            r = _run(inst[1], s, 0, pos, end, caps, pos, 0)
            if r >= 0:
                for k in range(len(caps)):
                    if caps[k] != saved[k]:
                        push((-1, k, saved[k]))
                pos = r
                pc += 1
                continue
        elif op == _COND:
            g = inst[1]
            if caps[2 * g + 1] >= 0 and caps[2 * g] >= 0:
                pc += 1
            else:
                pc = inst[2]
            continue
        # failure: backtrack
        while True:
            if not stack:
                return -1
            e = pop()
            k = e[0]
            if k >= 0:
                pc = k
                pos = e[1]
                break
            if k == -1:
                caps[e[1]] = e[2]
                continue
            if k == -2:
                low = e[2]
                top = e[3]
                hint = e[4]
                if hint is not None:
                    while top >= low and s[top] != hint:
                        top -= 1
                    if top < low:
                        continue
                if top > low:
                    push((-2, e[1], low, top - 1, hint))
                pc = e[1]
                pos = top
                break
            # k == -3: lazy repeat takes one more character
            p = e[2]
            left = e[3]
            if p < end and _one(e[4], e[5], s[p]):
                if left is None or left > 1:
                    push((-3, e[1], p + 1, None if left is None else left - 1, e[4], e[5]))
                pc = e[1]
                pos = p + 1
                break


################################################################ objects

class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags):
        parser = _Parser(pattern, flags)
        tree = parser.parse()
        flags = parser.flags
        if not flags & _ASCII:
            flags |= _UNICODE
        self.pattern = pattern
        self.flags = flags
        self.groups = parser.ngroups
        self._groupindex = parser.names
        nslots = 2 * (parser.ngroups + 1)
        comp = _Compiler(nslots + 1)
        code = [(_SAVE, 0)]
        comp.emit(tree, code)
        code.append((_SAVE, 1))
        code.append((_MATCH,))
        _add_hints(code)
        self._code = code
        self._blank = [-1] * (nslots + 1 + comp.nregs)
        # search helpers: a literal prefix or a first-character set
        self._prefix = None
        self._first = None
        self._anchored = False
        self._firstclass = None
        k = 1
        while code[k][0] == _SAVE or (code[k][0] == _AT and code[k][1] in (_AT_WORDB, _AT_WORDB_A)):
            k += 1
        first = code[k]
        if first[0] == _LIT:
            self._prefix = first[1]
        elif first[0] == _CHAR:
            self._prefix = first[1]
        elif first[0] == _INSET:
            self._first = first[1]
        elif first[0] == _REPEAT and first[3] > 0 and first[1] == _INSET:
            self._first = first[2]
        elif first[0] == _REPEAT and first[3] > 0 and first[1] == _CHAR:
            self._prefix = first[2]
        elif first[0] == _CLASS:
            self._firstclass = first[1]
        elif first[0] == _REPEAT and first[3] > 0 and first[1] == _CLASS:
            self._firstclass = first[2]
        elif first[0] == _AT and (first[1] == _AT_BOS or first[1] == _AT_BOL):
            self._anchored = True

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        flags = self.flags & ~_UNICODE
        text = repr(self.pattern[:200])
        if not flags:
            return 're.compile(%s)' % text
        return 're.compile(%s, %s)' % (text, _flag_names(flags))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _at(self, s, start, end, mode):
        caps = self._blank[:]
        r = _run(self._code, s, 0, start, end, caps, start, mode)
        if r < 0:
            return None
        return caps

    def _search(self, s, pos, end, advance_at):
        code = self._code
        blank = self._blank
        if self._anchored:
            last = pos
        else:
            last = end
        prefix = self._prefix
        first = self._first
        fclass = self._firstclass
        if prefix is not None:
            c0 = prefix[0]
            plen = len(prefix)
        start = pos
        while start <= last:
            if prefix is not None:
                while start < end and s[start] != c0:
                    start += 1
                if start >= end or (plen > 1 and s[start:start + plen] != prefix):
                    if start >= end:
                        return None
                    start += 1
                    continue
            elif first is not None:
                while start < end and s[start] not in first:
                    start += 1
                if start >= end:
                    return None
            elif fclass is not None:
                while start < end and not fclass.test(s[start]):
                    start += 1
                if start >= end:
                    return None
            caps = blank[:]
            if _run(code, s, 0, start, end, caps, start, 2 if start == advance_at else 0) >= 0:
                return caps
            start += 1
        return None

    def _bounds(self, string, pos, endpos):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        return pos, endpos

    def match(self, string, pos=0, endpos=_sys.maxsize):
        pos, endpos = self._bounds(string, pos, endpos)
        if endpos < pos:
            return None
        caps = self._at(string, pos, endpos, 0)
        return None if caps is None else Match(self, string, pos, endpos, caps)

    def fullmatch(self, string, pos=0, endpos=_sys.maxsize):
        pos, endpos = self._bounds(string, pos, endpos)
        if endpos < pos:
            return None
        caps = self._at(string, pos, endpos, 1)
        return None if caps is None else Match(self, string, pos, endpos, caps)

    def search(self, string, pos=0, endpos=_sys.maxsize):
        pos, endpos = self._bounds(string, pos, endpos)
        if endpos < pos:
            return None
        caps = self._search(string, pos, endpos, -1)
        return None if caps is None else Match(self, string, pos, endpos, caps)

    def _iter(self, string, pos, endpos):
        advance_at = -1
        while pos <= endpos:
            caps = self._search(string, pos, endpos, advance_at)
            if caps is None:
                return
            yield Match(self, string, pos, endpos, caps)
            pos = caps[1]
            advance_at = pos if caps[0] == pos else -1

    def finditer(self, string, pos=0, endpos=_sys.maxsize):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=_sys.maxsize):
        pos, endpos = self._bounds(string, pos, endpos)
        out = []
        ng = self.groups
        for m in self._iter(string, pos, endpos):
            if ng == 0:
                out.append(m.group(0))
            elif ng == 1:
                out.append(m.group(1) or '')
            else:
                out.append(m.groups(''))
        return out

    def split(self, string, maxsplit=0):
        self._bounds(string, 0, 0)
        out = []
        last = 0
        n = 0
        if maxsplit < 0:
            return [string]
        for m in self._iter(string, 0, len(string)):
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
            if maxsplit and n >= maxsplit:
                break
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        self._bounds(string, 0, 0)
        if callable(repl):
            fn = repl
            items = None
        else:
            if not isinstance(repl, str):
                raise TypeError("expected str instance, %s found" % type(repl).__name__)
            items = _template(repl, self)
            fn = None
            if len(items) == 1 and isinstance(items[0], str):
                literal = items[0]
            elif not items:
                literal = ''
            else:
                literal = None
        out = []
        last = 0
        n = 0
        for m in self._iter(string, 0, len(string)):
            out.append(string[last:m.start()])
            if fn is not None:
                r = fn(m)
                if r is not None:
                    if not isinstance(r, str):
                        k = 0
                        for piece in out:
                            if piece:
                                k += 1
                        raise TypeError("sequence item %d: expected str instance, %s found"
                                        % (k, type(r).__name__))
                    out.append(r)
            elif literal is not None:
                out.append(literal)
            else:
                out.append(_expand(items, m))
            last = m.end()
            n += 1
            if count and n >= count:
                break
        out.append(string[last:])
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Pattern.__module__ = 're'


def _template(tpl, pattern):
    """Parses a replacement template into strings and group numbers."""
    items = []
    lit = []
    i = 0
    n = len(tpl)
    while i < n:
        c = tpl[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", tpl, i)
        d = tpl[i + 1]
        gid = None
        if d == 'g':
            if tpl[i + 2:i + 3] != '<':
                raise error("missing <", tpl, i + 2)
            nstart = i + 3
            j = tpl.find('>', nstart)
            if j < 0:
                raise error("missing >, unterminated name", tpl, nstart)
            name = tpl[nstart:j]
            if not name:
                raise error("missing group name", tpl, nstart)
            if name.isdigit() and name.isascii():
                gid = int(name)
                if gid > pattern.groups:
                    raise error("invalid group reference %d" % gid, tpl, nstart)
            elif name.isidentifier():
                gid = pattern._groupindex.get(name)
                if gid is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                raise error("bad character in group name %r" % name, tpl, nstart)
            i = j + 1
        elif d == '0':
            j = i + 2
            while j < n and j < i + 4 and tpl[j] in _OCTDIGITS:
                j += 1
            lit.append(chr(int(tpl[i + 1:j], 8)))
            i = j
            continue
        elif d in _DIGITS:
            j = i + 2
            if j < n and tpl[j] in _DIGITS:
                if (d in _OCTDIGITS and tpl[j] in _OCTDIGITS and j + 1 < n
                        and tpl[j + 1] in _OCTDIGITS):
                    v = int(tpl[i + 1:j + 2], 8)
                    if v > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377'
                                    % tpl[i + 1:j + 2], tpl, i)
                    lit.append(chr(v))
                    i = j + 2
                    continue
                j += 1
            gid = int(tpl[i + 1:j])
            if gid > pattern.groups:
                raise error("invalid group reference %d" % gid, tpl, i + 1)
            i = j
        else:
            e = _ESCAPES.get(d)
            if e is not None:
                lit.append(e)
            elif d in _ASCII_LETTERS:
                raise error('bad escape \\' + d, tpl, i)
            else:
                lit.append('\\' + d)
            i += 2
            continue
        if lit:
            items.append(''.join(lit))
            lit = []
        items.append(gid)
    if lit:
        items.append(''.join(lit))
    return items


def _expand(items, m):
    out = []
    caps = m._caps
    s = m.string
    for it in items:
        if isinstance(it, str):
            out.append(it)
        else:
            a = caps[2 * it]
            b = caps[2 * it + 1]
            if a >= 0 and b >= 0:
                out.append(s[a:b])
    return ''.join(out)


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, caps):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._caps = caps

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            gid = self.re._groupindex.get(g)
            if gid is not None:
                return gid
        raise IndexError("no such group")

    def _get(self, gid, default=None):
        a = self._caps[2 * gid]
        b = self._caps[2 * gid + 1]
        if a < 0 or b < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        d = {}
        for name, gid in self.re._groupindex.items():
            d[name] = self._get(gid, default)
        return d

    def start(self, group=0):
        gid = self._index(group)
        return self._caps[2 * gid] if self._caps[2 * gid + 1] >= 0 else -1

    def end(self, group=0):
        gid = self._index(group)
        return self._caps[2 * gid + 1] if self._caps[2 * gid] >= 0 else -1

    def span(self, group=0):
        return self.start(group), self.end(group)

    @property
    def regs(self):
        return tuple([self.span(g) for g in range(self.re.groups + 1)])

    @property
    def lastindex(self):
        last = self._caps[2 * (self.re.groups + 1)]
        return None if last <= 0 else last

    @property
    def lastgroup(self):
        last = self.lastindex
        if last is None:
            return None
        for name, gid in self.re._groupindex.items():
            if gid == last:
                return name
        return None

    def expand(self, template):
        return _expand(_template(template, self.re), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (
            self._caps[0], self._caps[1], self.string[self._caps[0]:self._caps[1]])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = 're'

################################################################ module API

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        raise TypeError("first argument must be string or compiled pattern")
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join(['\\' + c if c in _SPECIAL else c for c in pattern])
    raise TypeError("escape() argument must be str")
