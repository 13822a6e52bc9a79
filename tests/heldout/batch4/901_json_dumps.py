# json.dumps options
import json
data = {'name': 'Widget', 'price': 9.99, 'tags': ['a', 'b'], 'stock': None, 'active': True, 'dims': {'w': 1, 'h': 2}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(',', ':'), sort_keys=True))
print(json.dumps([1, [2, [3]]], indent=4))
print(json.dumps({'x': []}, indent='\t'), json.dumps({}, indent=2), json.dumps([], indent=2))
print(json.dumps('caf\u00e9 \u2603'), json.dumps('caf\u00e9', ensure_ascii=False).encode('utf-8'))
print(json.dumps('quote " backslash \\ newline \n tab \t ctrl \x01'))
print(json.dumps(1.0), json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10**30))
print(json.dumps(float('inf')), json.dumps(float('nan')), json.dumps((1, 2)), json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({(1, 2): 'tuple key'})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): 'x', 'ok': 1}, skipkeys=True))
print(json.dumps({'s': {3, 1, 2}}, default=sorted))
print(json.dumps({'b': 1, 'a': {'d': 2, 'c': 3}}, sort_keys=True, indent=1, separators=(',', ': ')))
print(json.dumps("x"), json.dumps(None), json.dumps(True), json.dumps(''))
