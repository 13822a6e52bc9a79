"""traceback: formatting and printing exceptions the way the interpreter
prints an uncaught one (over _pyrite.format_exception).

Traceback objects (exc.__traceback__) are snapshots of the exception's
entries (lib/_tbobj.py); the functions that take one (print_tb, format_tb,
extract_tb, walk_tb) work on them.  The stack functions (extract_stack,
format_stack, print_stack, walk_stack) walk sys._getframe()'s snapshots
and read source lines from the files themselves.
"""
import sys
import _pyrite

__all__ = ["format_exc", "format_exception", "format_exception_only", "print_exc",
           "print_exception", "print_exception_only", "print_tb", "format_tb", "extract_tb",
           "walk_tb", "format_list", "print_list", "FrameSummary", "StackSummary", "TracebackException", "extract_stack", "format_stack", "print_stack", "walk_stack"]


_sentinel = object()


def _value(exc, value):
    # (etype, value, tb) as in Python < 3.10, or the exception alone.
    if value is not None and value is not _sentinel:
        return value
    return exc


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    explicit_no_tb = value is not _sentinel and tb is None
    exc = _value(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    if explicit_no_tb and exc.__cause__ is None and exc.__context__ is None:
        # (type, value, None): the exception without its traceback.
        return format_exception_only(exc)
    return _lines(_pyrite.format_exception(exc, ""))


def format_exception_only(exc, value=None):
    exc = _value(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    name = type(exc).__name__
    module = type(exc).__module__
    if module not in ("builtins", "__main__", None):
        name = module + "." + name
    if isinstance(exc, SyntaxError):
        return _syntax_error_lines(exc, name)
    text = str(exc)
    out = [name + (": " + text if text else "") + "\n"]
    # PEP 678 notes, each line on its own (a non-sequence: its repr).
    notes = getattr(exc, "__notes__", None)
    if isinstance(notes, (list, tuple, str)):  # collections.abc.Sequence
        for note in notes:
            try:
                note = str(note)
            except Exception:
                note = "<note str() failed>"
            out.extend(l + "\n" for l in note.split("\n"))
    elif notes is not None:
        try:
            out.append(repr(notes))
        except Exception:
            out.append("<__notes__ repr() failed>")
    return out


def _syntax_error_lines(exc, name):
    out = []
    if exc.lineno is not None:
        out.append('  File "%s", line %d\n' % (exc.filename or "<string>", exc.lineno))
        text = exc.text
        if text is not None:
            stripped = text.rstrip("\n")
            body = stripped.lstrip()
            out.append("    %s\n" % body)
            if exc.offset is not None:
                indent = len(stripped) - len(body)
                caret = max(exc.offset - 1 - indent, 0)
                end = getattr(exc, "end_offset", None)
                width = 1
                if end is not None and exc.end_lineno == exc.lineno and end > exc.offset:
                    width = end - exc.offset
                out.append("    %s%s\n" % (" " * caret, "^" * width))
    msg = exc.msg if exc.msg is not None else "<no detail available>"
    out.append("%s: %s\n" % (name, msg))
    return out


class TracebackException:
    """An exception captured for later formatting (a subset of CPython's:
    exc_type, the chained causes and contexts, stack, format*)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self.exc_type = exc_type
        self._exc = exc_value
        self.stack = extract_tb(exc_traceback) if exc_traceback is not None else StackSummary()
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = bool(getattr(exc_value, "__suppress_context__", False))
        if exc_value is not None:
            c = exc_value.__cause__
            if c is not None:
                self.__cause__ = TracebackException(type(c), c, c.__traceback__)
            x = exc_value.__context__
            if x is not None and x is not c:
                self.__context__ = TracebackException(type(x), x, x.__traceback__)
        self._str = str(exc_value) if exc_value is not None else ""
        if isinstance(exc_value, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = exc_value.lineno
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def format_exception_only(self):
        if self._exc is None:
            yield from format_exception_only(self.exc_type, None) if self.exc_type is not None else ["NoneType: None\n"]
            return
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        if self._exc is None:
            yield from self.format_exception_only()
            return
        yield from format_exception(self._exc) if chain else format_exception(type(self._exc), self._exc, None)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception()))


def print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    print("".join(format_exception(exc, value)), end="", file=file)


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), file=file)


def print_exception_only(exc, file=None):
    if file is None:
        file = sys.stderr
    print("".join(format_exception_only(exc)), end="", file=file)


class FrameSummary:
    __slots__ = ("filename", "lineno", "name", "_line", "locals", "_pyrite_text")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        self._pyrite_text = None

    @property
    def line(self):
        return self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        if frame_summary._pyrite_text is not None:
            return frame_summary._pyrite_text
        row = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                last_line is None or last_line != frame_summary.lineno or
                last_name is None or last_name != frame_summary.name):
                if count > 3:
                    count -= 3
                    result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(formatted)
        if count > 3:
            count -= 3
            result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
        return result


def _tb_entries(tb, limit):
    import _tbobj
    if tb is None:
        return []
    es = _tbobj._entries(tb)
    if es is None:
        raise AttributeError("'%s' object has no attribute 'tb_frame'" % type(tb).__name__)
    if limit is not None:
        if limit >= 0:
            es = es[:limit]
        else:
            es = es[len(es) + limit:] if -limit < len(es) else es
    return es


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    es = _tb_entries(tb, limit)
    result = StackSummary()
    for e in es:
        # The source line and the caret line come from the interpreter.
        text = _pyrite.format_tb([e])[0]
        lines = text.splitlines()
        while tb._pyrite_entry != e:
            tb = tb.tb_next
        f = tb.tb_frame
        fs = FrameSummary(f.f_code.co_filename, tb.tb_lineno, f.f_code.co_name,
                          line=lines[1].strip() if len(lines) > 1 else "")
        fs._pyrite_text = text
        result.append(fs)
    return result


_source_cache = {}


def _getline(filename, lineno):
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding="utf-8") as f:
                lines = f.read().splitlines()
        except (OSError, UnicodeDecodeError):
            lines = []
        _source_cache[filename] = lines
    return lines[lineno - 1].strip() if 0 < lineno <= len(lines) else ""


def walk_stack(f):
    if f is None:
        f = sys._getframe(2)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    """The calling stack, oldest frame first (FrameSummary entries)."""
    if f is None:
        f = sys._getframe(1)
    frames = []
    while f is not None:
        frames.append(f)
        f = f.f_back
    frames.reverse()
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    result = StackSummary()
    for fr in frames:
        c = fr.f_code
        result.append(FrameSummary(c.co_filename, fr.f_lineno, c.co_name,
                                   line=_getline(c.co_filename, fr.f_lineno)))
    return result


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return extract_stack(f, limit).format()


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    if file is None:
        file = sys.stderr
    for line in format_stack(f, limit):
        print(line, end="", file=file)


def _single(entry):
    return _pyrite.format_tb([entry])[0]


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, end="", file=file)
