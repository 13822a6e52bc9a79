"""The reader and writer objects of csv (CPython's `_csv.reader` and
`_csv.writer`).  Written for Pyrite; `csv` installs its Error class, its
Dialect type and the field size limit here (`_install`).
"""

Error = None
_get_dialect = None
_limit = [128 * 1024]

_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
          "skipinitialspace", "strict")
_QUOTE_MINIMAL = 0
_QUOTE_ALL = 1
_QUOTE_NONNUMERIC = 2
_QUOTE_NONE = 3

# Reader states.
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

# The end of a line, as a "character" no real one equals.
_EOL = ""


def _install(error, get_dialect):
    global Error, _get_dialect
    Error = error
    _get_dialect = get_dialect


def _char(name, v, or_none):
    if v is None and or_none:
        return None
    if not isinstance(v, str):
        raise TypeError('"%s" must be string%s, not %s' % (name, " or None" if or_none else "", type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


class Dialect:
    """A validated dialect (CPython's `_csv.Dialect`): read-only attributes."""

    def __new__(cls, dialect=None, **kw):
        if isinstance(dialect, str):
            dialect = _get_dialect(dialect)
        for k in kw:
            if k not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if isinstance(dialect, Dialect) and not kw:
            return dialect
        given = {}
        for k in _ATTRS:
            if k in kw:
                given[k] = kw[k]
            elif dialect is not None:
                try:
                    given[k] = getattr(dialect, k)
                except AttributeError:
                    pass
        d = {}
        d["delimiter"] = _char("delimiter", given["delimiter"], False) if "delimiter" in given else ","
        d["doublequote"] = bool(given["doublequote"]) if "doublequote" in given else True
        d["escapechar"] = _char("escapechar", given["escapechar"], True) if "escapechar" in given else None
        if "lineterminator" in given:
            lt = given["lineterminator"]
            if lt is not None and not isinstance(lt, str):
                raise TypeError('"lineterminator" must be a string')
        else:
            lt = "\r\n"
        d["lineterminator"] = lt
        d["quotechar"] = _char("quotechar", given["quotechar"], True) if "quotechar" in given else '"'
        if "quoting" in given:
            q = given["quoting"]
            if type(q) is not int:
                raise TypeError('"quoting" must be an integer')
        else:
            q = _QUOTE_MINIMAL
        d["skipinitialspace"] = bool(given["skipinitialspace"]) if "skipinitialspace" in given else False
        d["strict"] = bool(given["strict"]) if "strict" in given else False
        if q not in (_QUOTE_MINIMAL, _QUOTE_ALL, _QUOTE_NONNUMERIC, _QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if "quotechar" in given and given["quotechar"] is None and "quoting" not in given:
            q = _QUOTE_NONE
        d["quoting"] = q
        if q != _QUOTE_NONE and d["quotechar"] is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if lt is None:
            raise TypeError("lineterminator must be set")
        self = object.__new__(cls)
        for k in _ATTRS:
            object.__setattr__(self, k, d[k])
        return self

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)


Dialect.__module__ = "_csv"


def _args(args, kw):
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    return args[0], (args[1] if len(args) == 2 else None)


def _dialect(d, kw):
    if d is None:
        return Dialect(**kw)
    return Dialect(d, **kw)


class reader:
    def __init__(self, it, dialect):
        self._it = it
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def _fast(self, line):
        """The fields of a line holding no quote, escape or inner newline
        character, without the state machine; None for any other line."""
        d = self.dialect
        q = d.quotechar
        if d.quoting == _QUOTE_NONNUMERIC or (q is not None and d.quoting != _QUOTE_NONE and q in line):
            return None
        esc = d.escapechar
        if esc is not None and esc in line:
            return None
        if d.skipinitialspace and " " in line:
            return None
        t = line.rstrip("\r\n")
        if "\r" in t or "\n" in t or len(t) >= _limit[0]:
            return None
        delim = d.delimiter
        if delim == "\r" or delim == "\n":
            return None
        if t == "":
            return []
        return t.split(delim)

    def __next__(self):
        d = self.dialect
        delim = d.delimiter
        q = d.quotechar if d.quoting != _QUOTE_NONE else None
        esc = d.escapechar
        skip = d.skipinitialspace
        nonnumeric = d.quoting == _QUOTE_NONNUMERIC
        doublequote = d.doublequote
        strict = d.strict
        limit = _limit[0]
        fields = []
        field = []
        numeric = False
        state = _START_RECORD
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if field or state == _IN_QUOTED_FIELD:
                    if strict:
                        raise Error("unexpected end of data") from None
                    s = "".join(field)
                    fields.append(float(s) if numeric else s)
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            if state == _START_RECORD:
                row = self._fast(line)
                if row is not None:
                    return row
            chars = list(line)
            chars.append(_EOL)
            for c in chars:
                if state == _START_RECORD:
                    if c == _EOL:
                        continue
                    if c == "\n" or c == "\r":
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    if c == "\n" or c == "\r" or c == _EOL:
                        fields.append("")
                        state = _START_RECORD if c == _EOL else _EAT_CRNL
                    elif c == q:
                        state = _IN_QUOTED_FIELD
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == " " and skip:
                        pass
                    elif c == delim:
                        fields.append("")
                    else:
                        numeric = nonnumeric
                        field.append(c)
                        state = _IN_FIELD
                    continue
                if state == _ESCAPED_CHAR:
                    if c == "\n" or c == "\r":
                        state = _AFTER_ESCAPED_CRNL
                    else:
                        if c == _EOL:
                            c = "\n"
                        state = _IN_FIELD
                    if len(field) >= limit:
                        raise Error("field larger than field limit (%d)" % limit)
                    field.append(c)
                    continue
                if state == _AFTER_ESCAPED_CRNL:
                    if c == _EOL:
                        continue
                    state = _IN_FIELD
                if state == _IN_FIELD:
                    if c == "\n" or c == "\r" or c == _EOL or c == delim:
                        s = "".join(field)
                        fields.append(float(s) if numeric else s)
                        field = []
                        numeric = False
                        if c == delim:
                            state = _START_FIELD
                        else:
                            state = _START_RECORD if c == _EOL else _EAT_CRNL
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    else:
                        if len(field) >= limit:
                            raise Error("field larger than field limit (%d)" % limit)
                        field.append(c)
                elif state == _IN_QUOTED_FIELD:
                    if c == _EOL:
                        pass
                    elif c == esc:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif c == q:
                        state = _QUOTE_IN_QUOTED_FIELD if doublequote else _IN_FIELD
                    else:
                        if len(field) >= limit:
                            raise Error("field larger than field limit (%d)" % limit)
                        field.append(c)
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    if c == _EOL:
                        c = "\n"
                    if len(field) >= limit:
                        raise Error("field larger than field limit (%d)" % limit)
                    field.append(c)
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if c == q:
                        field.append(c)
                        state = _IN_QUOTED_FIELD
                    elif c == delim or c == "\n" or c == "\r" or c == _EOL:
                        fields.append("".join(field))
                        field = []
                        if c == delim:
                            state = _START_FIELD
                        else:
                            state = _START_RECORD if c == _EOL else _EAT_CRNL
                    elif not strict:
                        field.append(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%s' expected after '%s'" % (delim, q))
                elif state == _EAT_CRNL:
                    if c == _EOL:
                        state = _START_RECORD
                    elif c != "\n" and c != "\r":
                        raise Error("new-line character seen in unquoted field - "
                                    "do you need to open the file in universal-newline mode?")
            if state == _START_RECORD:
                return fields


reader.__module__ = "_csv"
_Reader = reader


def reader(*args, **kw):
    src, d = _args(args, kw)
    it = iter(src)
    return _Reader(it, _dialect(d, kw))


def _is_number(v):
    if isinstance(v, (int, float, complex)):
        return True
    t = type(v)
    return hasattr(t, "__index__") or hasattr(t, "__int__") or hasattr(t, "__float__")


class writer:
    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        specials = [dialect.delimiter]
        if dialect.escapechar is not None:
            specials.append(dialect.escapechar)
        if dialect.quotechar is not None:
            specials.append(dialect.quotechar)
        for c in dialect.lineterminator:
            specials.append(c)
        self._specials = specials

    def _field(self, s, quoted):
        d = self.dialect
        special = False
        for c in self._specials:
            if c in s:
                special = True
                break
        if not special:
            body = s
        else:
            delim = d.delimiter
            esc = d.escapechar
            q = d.quotechar
            lt = d.lineterminator
            none = d.quoting == _QUOTE_NONE
            out = []
            for c in s:
                if c == delim or c == esc or c == q or c in lt:
                    want_escape = none
                    if not none:
                        if c == q:
                            if d.doublequote:
                                out.append(q)
                            else:
                                want_escape = True
                        elif c == esc:
                            want_escape = True
                        if not want_escape:
                            quoted = True
                    if want_escape:
                        if esc is None:
                            raise Error("need to escape, but no escapechar set")
                        out.append(esc)
                out.append(c)
            body = "".join(out)
        if quoted:
            return d.quotechar + body + d.quotechar
        return body

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        quoting = d.quoting
        parts = []
        for f in it:
            if quoting == _QUOTE_NONNUMERIC:
                quoted = not _is_number(f)
            else:
                quoted = quoting == _QUOTE_ALL
            if isinstance(f, str):
                s = f
            elif f is None:
                s = ""
            else:
                s = str(f)
            parts.append(self._field(s, quoted))
        if len(parts) == 1 and parts[0] == "":
            if quoting == _QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar + d.quotechar
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


writer.__module__ = "_csv"
_Writer = writer


def writer(*args, **kw):
    f, d = _args(args, kw)
    write = getattr(f, "write", None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _dialect(d, kw))
