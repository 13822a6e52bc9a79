# json.loads of every JSON value type, whitespace, unicode escapes, constants
import json

docs = ['null', 'true', 'false', '0', '-0', '123', '-45', '1.5', '-0.25', '1e3', '1E-2', '2.5e+2',
        '12345678901234567890123', '"abc"', '""', '"a\\"b\\\\c\\/d"', '"\\b\\f\\n\\r\\t"',
        '"\\u00e9\\u20AC"', '"\\ud83d\\ude00"', '"caf\u00e9"', '[]', '{}', '[1, [2, [3]]]',
        ' \t\n {"a" : 1 , "b":[true,false,null]}\r\n', '{"a": 1, "a": 2}', 'NaN', '-Infinity',
        '[Infinity, 1]', '{"nested": {"deep": {"x": [{}]}}}', '-0.0', '1.0']
for d in docs:
    v = json.loads(d)
    print(repr(d), '->', repr(v), type(v).__name__)
print(json.loads(b'{"bytes": [1]}'))
print(json.loads(bytearray(b'[2]')))
print(json.loads('"\\u0041\\u0062"') == 'Ab')
