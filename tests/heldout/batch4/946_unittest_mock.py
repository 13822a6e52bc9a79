# unittest.mock basics
from unittest import mock
m = mock.Mock(return_value=42)
print(m(1, key='v'), m.called, m.call_count, m.call_args)
m(2)
print(m.call_args_list)
m.assert_called_with(2)
try:
    m.assert_called_once()
except AssertionError as e:
    print(type(e).__name__, str(e).splitlines()[0])
m.method.return_value = 'from method'
print(m.method('x'), m.method.call_args, m.method_calls)
s = mock.Mock(side_effect=[1, 2, ValueError('third')])
print(s(), s())
try:
    s()
except ValueError as e:
    print(type(e).__name__, e)
doubler = mock.Mock(side_effect=lambda x: x * 2)
print(doubler(21))
mm = mock.MagicMock()
mm.__len__.return_value = 3
mm.__getitem__.side_effect = lambda k: k.upper()
print(len(mm), mm['abc'], mm.__len__.called)
class Service:
    def fetch(self, url):
        raise RuntimeError('network disabled')
    def summary(self, url):
        return 'len=' + str(len(self.fetch(url)))
svc = Service()
with mock.patch.object(Service, 'fetch', return_value='fake body') as p:
    print(svc.summary('http://example'), p.call_args)
try:
    svc.summary('x')
except RuntimeError as e:
    print('restored:', e)
import os.path
with mock.patch('os.path.exists', return_value=True):
    print(os.path.exists('/definitely/not/here'))
print(os.path.exists('/definitely/not/here'))
spec_m = mock.Mock(spec=Service)
try:
    spec_m.not_a_method()
except AttributeError as e:
    print(type(e).__name__, "Mock object has no attribute 'not_a_method'" in str(e))
print(mock.call(1, a=2) == mock.call(1, a=2), mock.ANY == 'anything', isinstance(mock.sentinel.token, object), mock.sentinel.token is mock.sentinel.token)
m3 = mock.Mock()
m3.a.b.c(5)
print(m3.mock_calls)
m3.reset_mock()
print(m3.mock_calls, m3.called)
