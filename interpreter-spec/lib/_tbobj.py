"""Traceback, frame and code objects for exc.__traceback__ (see
src/vm_tbobj.rs): snapshots built from an exception's traceback entries.
A frame has f_code, f_lineno, f_globals (a copy of the module's
namespace), f_back and f_locals (empty: locals are not kept)."""
import _pyrite


class code:
    def __init__(self, name, filename, firstlineno):
        self.co_name = name
        self.co_qualname = name
        self.co_filename = filename
        self.co_firstlineno = firstlineno

    def __repr__(self):
        return '<code object %s at %#x, file "%s", line %d>' % (self.co_name, id(self), self.co_filename, self.co_firstlineno)


class frame:
    def __init__(self, c, lineno, g, back, live=None):
        self.f_code = c
        self._lineno = lineno
        self._live = live
        self.f_globals = g
        self.f_locals = {}
        self.f_back = back
        self.f_builtins = {}
        self.f_lasti = -1

    @property
    def f_lineno(self):
        # The frame that caught the exception: where it runs now, while it does.
        if self._live is not None:
            n = _pyrite.live_line(self._live)
            if n:
                return n
        return self._lineno

    def clear(self):
        pass

    def __repr__(self):
        return "<frame at %#x, file '%s', line %d, code %s>" % (id(self), self.f_code.co_filename, self.f_lineno, self.f_code.co_name)


class traceback:
    def __init__(self, entry, f, nxt, lineno):
        self._pyrite_entry = entry
        self.tb_frame = f
        self.tb_lineno = lineno
        self.tb_lasti = entry[1] * 2
        self.tb_next = nxt

    def __repr__(self):
        return "<traceback object at %#x>" % id(self)


for _c in (code, frame, traceback):
    _c.__module__ = "builtins"


def _make(exc):
    es = _pyrite.tb_entries(exc)
    frames = []
    back = None
    for e in es:
        f = frame(code(e[4], e[3], e[8]), e[9], e[7], back, e[0] if not frames else None)
        frames.append(f)
        back = f
    tb = None
    i = len(es)
    while i > 0:
        i -= 1
        e = es[i]
        tb = traceback((e[0], e[1], e[2]), frames[i], tb, e[5])
    return tb


def _entries(tb):
    if not isinstance(tb, traceback):
        return None
    out = []
    while tb is not None:
        out.append(tb._pyrite_entry)
        tb = tb.tb_next
    return out


def _live_frames(infos):
    # sys._getframe (src/vm_frames.rs): (name, file, firstlineno, lineno,
    # locals, globals) per running frame, outermost first.
    back = None
    for k, ci, name, filename, first, lineno, loc, g in infos:
        f = _live_frame(code(name, filename, first), lineno, g, back, ci)
        f._snap = loc
        f._index = k
        back = f
    return back


def _make_live_frame_class(base):
    class frame(base):
        @property
        def f_locals(self):
            d = _pyrite.frame_locals(self._index, self._live)
            if d is None or self.f_code.co_name == '<module>':
                return self._snap
            self._snap = d
            return d

        @f_locals.setter
        def f_locals(self, v):
            pass
    frame.__module__ = 'builtins'
    return frame


_live_frame = _make_live_frame_class(frame)



def _func_code(name, qualname, filename, first, argc, posonly, kwonly, flags, varnames, freevars, cellvars=()):
    # f.__code__ (src/vm_frames.rs)
    c = code(name, filename, first)
    c.co_qualname = qualname
    c.co_argcount = argc
    c.co_posonlyargcount = posonly
    c.co_kwonlyargcount = kwonly
    c.co_flags = flags
    c.co_varnames = varnames
    c.co_nlocals = len(varnames)
    c.co_freevars = freevars
    c.co_cellvars = cellvars
    return c
