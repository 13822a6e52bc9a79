"""unittest.mock (CPython 3.11's API, for Pyrite): Mock, MagicMock,
NonCallableMock, patch (decorator, context manager, start/stop;
patch.object, patch.dict), call, ANY, DEFAULT, sentinel.  Mocks record
calls (called, call_count, call_args, call_args_list, mock_calls,
method_calls, propagated to parents with dotted names), return
return_value or apply side_effect (exception, iterable or callable),
check `spec` attribute names, and have the assert_* helpers with
CPython's messages.  MagicMock configures the common magic methods
(len, iter, bool, contains, getitem/setitem, enter/exit, int, ...).
Not done: autospec/create_autospec, seal, mock_open, AsyncMock,
PropertyMock, patch.multiple."""

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock', 'patch',
           'call', 'ANY', 'DEFAULT', 'sentinel', 'FILTER_DIR')

FILTER_DIR = True


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING


class _ANY:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return 0

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_args(args, kwargs):
    parts = [repr(a) for a in args]
    parts += ['%s=%r' % (k, v) for k, v in kwargs.items()]
    return ', '.join(parts)


class _Call(tuple):
    """A recorded or expected call: (name, args, kwargs).  `call.a.b(1)`
    builds named ones; a two-part call (call_args) compares without name."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        if len(value) == 2:
            args, kwargs = value
            value = (name, args, kwargs)
        elif len(value) == 0:
            value = (name, (), {})
        self = tuple.__new__(cls, value)
        self._mock_name = value[0]
        self._mock_two = two
        self._mock_from_kall = from_kall
        return self

    @property
    def args(self):
        return tuple.__getitem__(self, 1)

    @property
    def kwargs(self):
        return tuple.__getitem__(self, 2)

    def __eq__(self, other):
        if other is ANY:
            return True
        if not isinstance(other, tuple):
            return False
        if isinstance(other, _Call):
            oname, oargs, okwargs = tuple.__getitem__(other, 0), other.args, other.kwargs
            two = self._mock_two or other._mock_two
        elif len(other) == 3:
            oname, oargs, okwargs = other
            two = False
        elif len(other) == 2:
            oname = ''
            oargs, okwargs = other
            two = True
        else:
            return False
        name = tuple.__getitem__(self, 0)
        if not two and name and oname and name != oname:
            return False
        return (tuple(self.args), dict(self.kwargs)) == (tuple(oargs), dict(okwargs))

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = None

    def __call__(self, *args, **kwargs):
        return _Call((self._mock_name, args, kwargs), self._mock_name)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        name = self._mock_name + '.' + attr if self._mock_name else attr
        return _Call(name=name, from_kall=False)

    def __getitem__(self, k):
        return tuple.__getitem__(self, k + 1 if self._mock_two and isinstance(k, int) and k >= 0 else k)

    def __len__(self):
        return 2 if self._mock_two else 3

    def __iter__(self):
        items = (self.args, self.kwargs) if self._mock_two else (tuple.__getitem__(self, 0), self.args, self.kwargs)
        return iter(items)

    def __repr__(self):
        if not self._mock_from_kall:
            return 'call.' + self._mock_name if self._mock_name else 'call'
        name = self._mock_name
        if not name:
            name = 'call'
        elif not name.startswith('()'):
            name = 'call.' + name
        else:
            name = 'call' + name
        return '%s(%s)' % (name, _format_args(self.args, self.kwargs))

    def call_list(self):
        return _CallList([self])


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(0, len(self) - n + 1):
            if list(self[i:i + n]) == list(value):
                return True
        return False

    def __repr__(self):
        return '[' + ', '.join(repr(c) for c in self) + ']'


call = _Call(from_kall=False)

_INTERNAL = ('_mock_', 'call_args', 'call_count', 'called', 'mock_calls', 'method_calls')


class NonCallableMock:
    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _new_name='', _new_parent=None, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_return_value'] = DEFAULT
        d['_mock_side_effect'] = None
        spec = spec_set if spec_set is not None else spec
        d['_spec_class'] = None
        d['_spec_attrs'] = None
        if spec is not None:
            if not isinstance(spec, list):
                d['_spec_class'] = spec if isinstance(spec, type) else type(spec)
                spec = dir(spec)
            d['_spec_attrs'] = list(spec)
        d['_spec_set'] = spec_set is not None
        d['called'] = False
        d['call_count'] = 0
        d['call_args'] = None
        d['call_args_list'] = _CallList()
        d['mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        self.configure_mock(**kwargs)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            *path, final = arg.split('.')
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def _child_class(self):
        for klass in type(self).__mro__:
            if klass in (MagicMock, NonCallableMagicMock):
                return MagicMock
        return Mock

    def __getattr__(self, name):
        if name.startswith('_mock_') or name in ('_spec_class', '_spec_attrs', '_spec_set'):
            raise AttributeError(name)
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        spec = self.__dict__.get('_spec_attrs')
        if spec is not None and name not in spec:
            raise AttributeError('Mock object has no attribute %r' % name)
        if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError("%r is not a valid assertion. Use a spec for the mock if %r is meant to be an attribute." % (name, name))
        children = self.__dict__['_mock_children']
        if name not in children:
            wraps = self.__dict__['_mock_wraps']
            kw = {}
            if wraps is not None:
                kw['wraps'] = getattr(wraps, name)
            children[name] = self._child_class()(parent=self, name=name, _new_name=name, **kw)
        return children[name]

    def __setattr__(self, name, value):
        spec = self.__dict__.get('_spec_attrs')
        if (self.__dict__.get('_spec_set') and spec is not None and name not in spec
                and name not in self.__dict__ and name not in ('return_value', 'side_effect')):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if isinstance(value, NonCallableMock) and value.__dict__['_mock_parent'] is None and name not in ('return_value',):
            value.__dict__['_mock_parent'] = self
            value.__dict__['_mock_new_name'] = name
            if value.__dict__['_mock_name'] is None:
                value.__dict__['_mock_name'] = name
            self.__dict__['_mock_children'][name] = value
            return
        if name in self.__dict__.get('_mock_children', {}):
            del self.__dict__['_mock_children'][name]
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        children = self.__dict__['_mock_children']
        if name in children:
            del children[name]
        if name in self.__dict__:
            object.__delattr__(self, name)

    def _get_return_value(self):
        ret = self.__dict__['_mock_return_value']
        if ret is DEFAULT:
            ret = self._child_class()(parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if isinstance(value, NonCallableMock) and value.__dict__['_mock_parent'] is None:
            value.__dict__['_mock_parent'] = self
            value.__dict__['_mock_new_name'] = '()'

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self.__dict__['_mock_side_effect']

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            value = iter(value)
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def _full_name(self):
        """The name calls are shown under: 'mock', 'mock.foo', 'mock()'."""
        parts = []
        m = self
        while m is not None:
            d = m.__dict__
            if d['_mock_parent'] is None:
                parts.append(d['_mock_name'] or 'mock')
                break
            parts.append(d['_mock_new_name'])
            m = d['_mock_parent']
        out = ''
        for p in reversed(parts):
            if out and p != '()':
                out += '.'
            out += p
        return out

    def __repr__(self):
        d = self.__dict__
        name = self._full_name()
        shown = '' if name == 'mock' and d['_mock_name'] is None else " name='%s'" % name
        spec = ''
        if d['_spec_class'] is not None:
            spec = " spec='%s'" % d['_spec_class'].__name__
        return "<%s%s%s id='%d'>" % (type(self).__name__, shown, spec, id(self))

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        d = self.__dict__
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        d['call_args_list'] = _CallList()
        d['mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in d['_mock_children'].values():
            if isinstance(child, NonCallableMock):
                child.reset_mock()
        ret = d['_mock_return_value']
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock()

    def attach_mock(self, mock, attribute):
        mock.__dict__['_mock_parent'] = None
        setattr(self, attribute, mock)

    def _call_repr(self, c):
        return '%s(%s)' % (self._full_name(), _format_args(c.args, c.kwargs))

    def _calls_suffix(self):
        if not self.mock_calls:
            return '.'
        return '.\nCalls: %r.' % (self.mock_calls,)

    def _shown_name(self):
        return self.__dict__['_mock_name'] or 'mock'

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %d times%s"
                                 % (self._shown_name(), self.call_count, self._calls_suffix()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._shown_name())

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %d times%s"
                                 % (self._shown_name(), self.call_count, self._calls_suffix()))

    def assert_called_with(self, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\nActual: not called.'
                                 % self._call_repr(expected))
        if self.call_args != expected:
            raise AssertionError('expected call not found.\nExpected: %s\nActual: %s'
                                 % (self._call_repr(expected), self._call_repr(self.call_args)))

    def assert_called_once_with(self, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %d times%s"
                                 % (self._shown_name(), self.call_count, self._calls_suffix()))
        return self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in self.call_args_list:
            raise AssertionError('%s call not found' % self._call_repr(expected))

    def assert_has_calls(self, calls, any_order=False):
        calls = list(calls)
        if not any_order:
            if _CallList(calls) not in self.mock_calls:
                raise AssertionError('Calls not found.\nExpected: %r\n  Actual: %r'
                                     % (_CallList(calls), self.mock_calls))
            return
        all_calls = list(self.mock_calls)
        for kall in calls:
            if kall in all_calls:
                all_calls.remove(kall)
            else:
                raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                     % (self._shown_name(), tuple(calls), self.mock_calls))

    def _mock_call(self, args, kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] = d['call_count'] + 1
        this = _Call((args, kwargs), two=True)
        d['call_args'] = this
        d['call_args_list'].append(this)
        d['mock_calls'].append(_Call(('', args, kwargs)))
        # the parents see the call under this mock's dotted name
        name = d['_mock_new_name']
        method = name != '()'
        child = self
        parent = d['_mock_parent']
        while parent is not None:
            pd = parent.__dict__
            if method:
                pd['method_calls'].append(_Call((name, args, kwargs)))
            pd['mock_calls'].append(_Call((name, args, kwargs)))
            pname = pd['_mock_new_name']
            if pd['_mock_parent'] is None:
                break
            if pname == '()':
                method = False
                name = '()' + ('.' + name if not name.startswith('()') else name)
            else:
                name = pname + ('.' + name if not name.startswith('()') else name)
            parent = pd['_mock_parent']
        effect = d['_mock_side_effect']
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if d['_mock_return_value'] is not DEFAULT:
            return d['_mock_return_value']
        if d['_mock_wraps'] is not None:
            return d['_mock_wraps'](*args, **kwargs)
        return self.return_value


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


class CallableMixin:
    pass


class Mock(NonCallableMock):
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _new_name='', **kwargs):
        NonCallableMock.__init__(self, spec, wraps, name, spec_set, parent, _new_name, **kwargs)
        self.__dict__['_mock_return_value'] = return_value
        self.side_effect = side_effect

    def __call__(self, *args, **kwargs):
        return self._mock_call(args, kwargs)


_MAGIC_DEFAULTS = {
    '__len__': 0, '__bool__': True, '__int__': 1, '__float__': 1.0, '__index__': 1,
    '__contains__': False, '__exit__': False, '__hash__': None, '__str__': None,
    '__iter__': None, '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
}
_MAGICS = ('__len__', '__bool__', '__int__', '__float__', '__index__', '__contains__',
           '__iter__', '__getitem__', '__setitem__', '__delitem__', '__enter__', '__exit__',
           '__lt__', '__gt__', '__le__', '__ge__', '__add__', '__sub__', '__mul__',
           '__truediv__', '__floordiv__', '__mod__', '__neg__', '__pos__', '__abs__',
           '__aenter__', '__aexit__', '__fspath__', '__round__', '__complex__')


class MagicMixin:
    def _mock_magic(self, name):
        children = self.__dict__['_mock_children']
        if name not in children:
            m = MagicMock(parent=self, name=name, _new_name=name)
            if name in _MAGIC_DEFAULTS and _MAGIC_DEFAULTS[name] is not None:
                m.return_value = _MAGIC_DEFAULTS[name]
            elif name == '__iter__':
                m.return_value = iter([])
            children[name] = m
        return children[name]

    def __getattribute__(self, name):
        if name in _MAGICS:
            return object.__getattribute__(self, '_mock_magic')(name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name in _MAGICS:
            if isinstance(value, NonCallableMock):
                self.__dict__['_mock_children'][name] = value
            else:
                m = self._mock_magic(name)
                m.side_effect = lambda *a, **k: value(self, *a, **k)
            return
        NonCallableMock.__setattr__(self, name, value)

    def __len__(self):
        return self._mock_magic('__len__')()

    def __bool__(self):
        return self._mock_magic('__bool__')()

    def __int__(self):
        return self._mock_magic('__int__')()

    def __float__(self):
        return self._mock_magic('__float__')()

    def __index__(self):
        return self._mock_magic('__index__')()

    def __contains__(self, item):
        return self._mock_magic('__contains__')(item)

    def __iter__(self):
        return iter(self._mock_magic('__iter__')())

    def __getitem__(self, key):
        return self._mock_magic('__getitem__')(key)

    def __setitem__(self, key, value):
        return self._mock_magic('__setitem__')(key, value)

    def __delitem__(self, key):
        return self._mock_magic('__delitem__')(key)

    def __enter__(self):
        return self._mock_magic('__enter__')()

    def __exit__(self, *args):
        return self._mock_magic('__exit__')(*args)

    def __lt__(self, other):
        return self._mock_magic('__lt__')(other)

    def __gt__(self, other):
        return self._mock_magic('__gt__')(other)

    def __le__(self, other):
        return self._mock_magic('__le__')(other)

    def __ge__(self, other):
        return self._mock_magic('__ge__')(other)

    def __add__(self, other):
        return self._mock_magic('__add__')(other)

    def __sub__(self, other):
        return self._mock_magic('__sub__')(other)

    def __mul__(self, other):
        return self._mock_magic('__mul__')(other)

    def __truediv__(self, other):
        return self._mock_magic('__truediv__')(other)

    def __hash__(self):
        return object.__hash__(self)

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other

    def __str__(self):
        return object.__repr__(self)


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    pass


class MagicMock(MagicMixin, Mock):
    pass


# ---- patch ----------------------------------------------------------------

def _importer(target):
    parts = target.split('.')
    import_path = parts.pop(0)
    thing = __import__(import_path)
    for comp in parts:
        import_path += '.%s' % comp
        try:
            thing = getattr(thing, comp)
        except AttributeError:
            __import__(import_path)
            thing = getattr(thing, comp)
    return thing


class _patch:
    def __init__(self, getter, attribute, new, spec, create, spec_set, new_callable, kwargs):
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.spec_set = spec_set
        self.create = create
        self.kwargs = kwargs
        self._active = []

    def copy(self):
        return _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.new_callable, self.kwargs)

    def __call__(self, func):
        if isinstance(func, type):
            for attr in dir(func):
                if attr.startswith('test'):
                    value = getattr(func, attr)
                    if callable(value):
                        setattr(func, attr, self.copy()(value))
            return func
        patcher = self

        def patched(*args, **kwargs):
            new = patcher.__enter__()
            try:
                if patcher.new is DEFAULT:
                    args = args + (new,)
                return func(*args, **kwargs)
            finally:
                patcher.__exit__(None, None, None)

        patched.__name__ = getattr(func, '__name__', 'patched')
        patched.__qualname__ = getattr(func, '__qualname__', patched.__name__)
        patched.__doc__ = getattr(func, '__doc__', None)
        patched.__wrapped__ = func
        return patched

    def __enter__(self):
        target = self.getter()
        name = self.attribute
        original = target.__dict__.get(name, _missing) if isinstance(target, type) else getattr(target, name, _missing)
        if original is _missing and not hasattr(target, name) and not self.create:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        new = self.new
        if new is DEFAULT:
            kw = dict(self.kwargs)
            if self.spec is not None:
                kw['spec'] = self.spec
            if self.spec_set is not None:
                kw['spec_set'] = self.spec_set
            klass = self.new_callable if self.new_callable is not None else MagicMock
            new = klass(**kw)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self._active.append((target, original))
        setattr(target, name, new)
        return new

    def __exit__(self, *exc_info):
        if not self._active:
            raise RuntimeError('stop called on unstarted patcher')
        target, original = self._active.pop()
        if original is _missing:
            delattr(target, self.attribute)
        else:
            setattr(target, self.attribute, original)
        return False

    def start(self):
        result = self.__enter__()
        _patch._running.append(self)
        return result

    def stop(self):
        if self in _patch._running:
            _patch._running.remove(self)
        return self.__exit__(None, None, None)

    _running = []


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    if not isinstance(target, str):
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    try:
        path, attribute = target.rsplit('.', 1)
    except ValueError:
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,)) from None
    return _patch(lambda: _importer(path), attribute, new, spec, create, spec_set, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    if isinstance(target, str):
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, new_callable, kwargs)


class _patch_dict:
    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        patcher = self

        def patched(*args, **kw):
            patcher.__enter__()
            try:
                return f(*args, **kw)
            finally:
                patcher.__exit__(None, None, None)

        patched.__name__ = getattr(f, '__name__', 'patched')
        return patched

    def __enter__(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        self._original = self.in_dict.copy()
        if self.clear:
            self.in_dict.clear()
        self.in_dict.update(self.values)
        return self.in_dict

    def __exit__(self, *args):
        self.in_dict.clear()
        self.in_dict.update(self._original)
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


def _stopall():
    for p in reversed(list(_patch._running)):
        p.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.stopall = _stopall
patch.TEST_PREFIX = 'test'
