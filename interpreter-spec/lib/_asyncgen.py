# Async generator objects (the interpreter wraps the generator of every
# `async def` containing `yield` in `async_generator`; see src/vm_async.rs).
#
# Invariant: the wrapped generator `_g` is resumed only through its native
# `_agsend(value)` / `_agthrow(exc)`, which answer (0, v) for an await
# passing v up to the event loop, (1, v) for a value yielded by the async
# generator, (2, None) when it finished.  The awaitables below turn (1, v)
# into StopIteration(v) and (2, None) into StopAsyncIteration.


# The running event loop's list of the async generators first iterated
# under it (asyncio sets it; `shutdown_asyncgens` closes them).
_live = None


def _first_iteration(ag):
    ag._hooked = True
    if _live is not None:
        _live.append(ag)


class async_generator:
    def __init__(self, g, qualname):
        self._g = g
        self._hooked = False
        self._done = False
        self._running = False
        self.__qualname__ = qualname
        self.__name__ = qualname.rpartition('.')[2]

    def __aiter__(self):
        return self

    def __anext__(self):
        return _ASend(self, None)

    def asend(self, value):
        return _ASend(self, value)

    def athrow(self, typ, val=None, tb=None):
        if val is None:
            val = typ() if isinstance(typ, type) else typ
        return _AThrow(self, val, False)

    def aclose(self):
        return _AThrow(self, None, True)

    @property
    def ag_running(self):
        return self._running

    def __repr__(self):
        return '<async_generator object %s at %s>' % (self.__qualname__, hex(id(self)))


async_generator.__module__ = 'builtins'


class _ASend:
    def __init__(self, ag, value):
        self._ag = ag
        self._value = value
        self._state = 0

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _result(self, tag, r):
        if tag == 0:
            return r
        self._state = 2
        self._ag._running = False
        if tag == 1:
            raise StopIteration(r)
        self._ag._done = True
        raise StopAsyncIteration

    def _fail(self):
        self._state = 2
        self._ag._running = False
        self._ag._done = True

    def send(self, value):
        if self._state == 2:
            raise RuntimeError('cannot reuse already awaited __anext__()/asend()')
        if self._state == 0:
            if self._ag._done:
                self._state = 2
                raise StopAsyncIteration
            if self._ag._running:
                raise RuntimeError('anext(): asynchronous generator is already running')
            if value is None:
                value = self._value
            if not self._ag._hooked:
                _first_iteration(self._ag)
            self._state = 1
            self._ag._running = True
        try:
            tag, r = self._ag._g._agsend(value)
        except BaseException:
            self._fail()
            raise
        return self._result(tag, r)

    def throw(self, typ, val=None, tb=None):
        if self._state == 2:
            raise RuntimeError('cannot reuse already awaited __anext__()/asend()')
        if val is None:
            val = typ() if isinstance(typ, type) else typ
        try:
            tag, r = self._ag._g._agthrow(val)
        except BaseException:
            self._fail()
            raise
        return self._result(tag, r)

    def close(self):
        self._state = 2


class _AThrow:
    def __init__(self, ag, exc, close):
        self._ag = ag
        self._exc = exc
        self._close = close
        self._state = 0

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _result(self, tag, r):
        if tag == 0:
            return r
        self._state = 2
        self._ag._running = False
        if tag == 1:
            if self._close:
                raise RuntimeError('async generator ignored GeneratorExit')
            raise StopIteration(r)
        self._ag._done = True
        if self._close:
            raise StopIteration(None)
        raise StopAsyncIteration

    def _call(self, f, arg):
        try:
            tag, r = f(arg)
        except BaseException as e:
            self._state = 2
            self._ag._running = False
            self._ag._done = True
            if self._close and isinstance(e, (GeneratorExit, StopAsyncIteration)):
                raise StopIteration(None)
            raise
        return self._result(tag, r)

    def send(self, value):
        if self._state == 2:
            raise RuntimeError('cannot reuse already awaited aclose()/athrow()')
        if self._state == 0:
            self._state = 1
            if self._ag._done:
                self._state = 2
                if self._close:
                    raise StopIteration(None)
                raise StopAsyncIteration
            self._ag._running = True
            exc = GeneratorExit() if self._close else self._exc
            return self._call(self._ag._g._agthrow, exc)
        return self._call(self._ag._g._agsend, value)

    def throw(self, typ, val=None, tb=None):
        if val is None:
            val = typ() if isinstance(typ, type) else typ
        return self._call(self._ag._g._agthrow, val)

    def close(self):
        self._state = 2
