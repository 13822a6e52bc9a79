# unittest.mock: Mock, MagicMock, side effects, call records, patch
from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, ANY, sentinel
m = Mock(return_value=3)
print(m(1, 2, k='v'), m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
m('again')
print(m.call_args_list, m.call_args_list == [call(1, 2, k='v'), call('again')])
m.assert_called_with('again')
m.assert_any_call(1, 2, k='v')
for check in [lambda: m.assert_called_once(), lambda: m.assert_called_with(9), lambda: m.assert_not_called(),
              lambda: Mock().assert_called_with(1), lambda: m.assert_called_once_with('again'),
              lambda: Mock(name='svc').assert_called()]:
    try:
        check()
    except AssertionError as e:
        print('AssertionError:', e)
p = Mock()
p.conn.cursor().execute('SELECT 1')
p.close()
print(p.mock_calls)
print(p.method_calls, p.conn.cursor.return_value.execute.call_args)
p.conn.cursor.return_value.execute.assert_called_once_with('SELECT 1')
p.assert_has_calls([call.close()])
se = Mock(side_effect=[1, KeyError('k'), 3])
print(se())
try:
    se()
except KeyError as e:
    print('KeyError', e)
print(se(), Mock(side_effect=lambda a, b=2: a * b)(5), Mock(side_effect=TypeError)._mock_side_effect)
mm = MagicMock()
mm.__len__.return_value = 5
mm.__iter__.return_value = iter([1, 2])
mm.__contains__.return_value = True
mm.__getitem__.side_effect = lambda k: k * 2
print(len(mm), list(mm), 'x' in mm, mm[4], bool(mm), mm.__getitem__.call_args_list)
with MagicMock() as ctx:
    ctx.run(1)
print(ctx.run.call_args)
c = Mock(name='conf', spec=['read', 'write'])
print(type(c.read).__name__, c.read.call_count)
try:
    c.delete
except AttributeError as e:
    print('AttributeError', e)
class Store:
    limit = 10
    def load(self, key):
        return 'real ' + key
s = Store()
with patch.object(Store, 'load', return_value='fake') as fake:
    print(s.load('k'), fake.call_args, fake.call_count)
print(s.load('k'))
@patch.object(Store, 'limit', 99)
def show():
    return Store.limit
print(show(), Store.limit)
@patch('os.getcwd')
def cwd(mock_getcwd):
    mock_getcwd.return_value = '/fake'
    import os
    return os.getcwd()
print(cwd())
cfg = {'a': 1}
with patch.dict(cfg, {'b': 2}, clear=True):
    print(cfg)
print(cfg)
pt = patch('os.sep', '#')
pt.start()
import os
print(os.sep)
pt.stop()
print(os.sep)
print(call(1) == call(1), call(1) == call(2), call.x(1) == call.x(1), ANY == 5, [1, ANY] == [1, 'q'])
print(sentinel.a is sentinel.a, sentinel.a, mock.DEFAULT)
q = Mock()
q.a.b(1)
q.reset_mock()
print(q.mock_calls, q.a.b.called)
