# json: custom encoder/decoder, object_hook, dump/load with files
import json, io
from dataclasses import dataclass, asdict
from datetime import date
@dataclass
class Event:
    name: str
    when: date
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {'__date__': o.isoformat()}
        if isinstance(o, Event):
            return {'__event__': True, **asdict(o)}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
payload = {'events': [Event('launch', date(2024, 1, 15))], 'ids': {3, 1, 2}}
s = json.dumps(payload, cls=Enc, sort_keys=True)
print(s)
def hook(d):
    if '__date__' in d:
        return date.fromisoformat(d['__date__'])
    if d.get('__event__'):
        return Event(d['name'], d['when'])
    return d
back = json.loads(s, object_hook=hook)
print(back['events'][0], back['ids'])
pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list)
print(pairs)
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print(type(e).__name__, str(e).startswith('Object of type object is not JSON serializable'))
buf = io.StringIO()
json.dump({'k': [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
enc = json.JSONEncoder(sort_keys=True, indent=None, separators=(', ', ': '))
print(enc.encode({'z': 1, 'a': [1, 2]}), ''.join(enc.iterencode([1, 'a'])))
class Money:
    def __init__(self, cents):
        self.cents = cents
print(json.dumps({'price': Money(1250)}, default=lambda o: f'${o.cents / 100:.2f}'))
lines = '\n'.join(json.dumps({'n': i, 'sq': i * i}) for i in range(3))
print(lines)
print([json.loads(l)['sq'] for l in lines.splitlines()])
