import json
for bad in ['{"a": 1,}', "[1, 2", "", "{'a': 1}", "tru", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.dumps({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps(object)
except TypeError as e:
    print(type(e).__name__)
