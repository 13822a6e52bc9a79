# collections.ChainMap
from collections import ChainMap
defaults = {'color': 'red', 'user': 'guest', 'debug': False}
env = {'user': 'admin'}
cli = {'debug': True}
cfg = ChainMap(cli, env, defaults)
print(cfg['color'], cfg['user'], cfg['debug'], len(cfg), sorted(cfg))
cfg['color'] = 'blue'
print(cli, defaults['color'])
del cfg['color']
print(cfg['color'])
try:
    del cfg['user']
except KeyError as e:
    print(type(e).__name__, e)
child = cfg.new_child({'user': 'child'})
print(child['user'], child.parents['user'], len(child.maps))
print(child.maps[0], cfg.maps == child.parents.maps)
print(dict(cfg) == {'color': 'red', 'user': 'admin', 'debug': True})
print('debug' in cfg, cfg.get('missing', 'dflt'))
scopes = ChainMap()
scopes['x'] = 1
scopes = scopes.new_child()
scopes['x'] = 2
scopes['y'] = 3
print(scopes['x'], scopes.parents['x'], sorted(scopes.items()))
scopes = scopes.parents
print(scopes['x'], 'y' in scopes)
print(repr(ChainMap({'a': 1}, {'b': 2})))
merged = ChainMap({'a': 1}) | {'b': 2}
print(type(merged).__name__, dict(merged))
