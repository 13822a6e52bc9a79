# error case: uncaught json.JSONDecodeError
import json
docs = [
    '{"ok": 1}',
    '[1, 2, 3]',
    '"just a string"',
    '{"nested": {"list": [true, null]}}',
    '{"broken": [1, 2}',
    '{"never": "parsed"}',
]
parsed = []
for i, d in enumerate(docs):
    value = json.loads(d)
    parsed.append(value)
    print(i, type(value).__name__, value)
    print('   round trip:', json.dumps(value, sort_keys=True))
print('not reached', len(parsed))
