# error case: uncaught KeyError while reading a parsed JSON config
import json
raw = '''{
  "server": {"host": "example", "port": 8080},
  "debug": false,
  "users": ["ann", "bob"]
}'''
cfg = json.loads(raw)
print('sections:', sorted(cfg))
print('host:', cfg['server']['host'])
print('port:', cfg['server']['port'])
print('debug:', cfg['debug'])
print('users:', ', '.join(cfg['users']))
print('retries:', cfg.get('retries', 3))
settings = dict(cfg['server'])
settings.setdefault('scheme', 'http')
print('url: {scheme}://{host}:{port}'.format(**settings))
timeout = cfg['server']['timeout']
print('timeout:', timeout)
