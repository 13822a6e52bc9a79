# json.loads, round trips and decode errors
import json
text = '{"a": 1, "b": [true, false, null], "c": {"d": 1.5e3, "e": "\\u00e9\\n"}, "f": -0, "g": 12345678901234567890}'
obj = json.loads(text)
print(obj)
print(type(obj['c']['d']).__name__, type(obj['g']).__name__, ascii(obj['c']['e']))
print(json.loads('[]'), json.loads('"str"'), json.loads(' 42 '), json.loads('null'), json.loads('1E2'))
print(json.loads('NaN'), json.loads('-Infinity'), json.loads('{"a":1,"a":2}'))
orig = {'list': [1, 2.5, 'x', None, True], 'nested': {'k': [{}]}, 'uni': '\u2603'}
print(json.loads(json.dumps(orig)) == orig)
print(json.loads(json.dumps((1, 2))), json.loads(json.dumps({1: 2})))
bad_inputs = ['{"a": 1,}', "{'a': 1}", '[1, 2', '', 'tru', '{"a" 1}', '[1] x', '"unterminated', '01']
for s in bad_inputs:
    try:
        json.loads(s)
        print(repr(s), 'parsed?')
    except json.JSONDecodeError as e:
        print(repr(s), '->', e.msg, e.pos, e.lineno, e.colno)
err = None
try:
    json.loads('{\n  "a": 1\n  "b": 2\n}')
except ValueError as e:
    err = e
print(type(err).__name__, str(err), isinstance(err, ValueError))
print(json.loads('1.5', parse_float=str), json.loads('7', parse_int=float), json.loads('[1.10]', parse_float=__import__('decimal').Decimal))
print(json.loads(b'{"bytes": "ok"}'), json.loads('"\\ud83d\\ude00"') == '\U0001F600')
dec = json.JSONDecoder()
print(dec.raw_decode('{"x": 1} trailing'), dec.decode('[1]'))
