# json.JSONDecodeError: messages, positions, lineno/colno, ValueError subclass
import json

bad = ['', '   ', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '"abc', '"a\\qb"', '"a\x01b"', '"\\u12"',
       '"\\u12zz"', '1 2', '{1:2}', '[', '{', '{"a":', 'nul', '-', '01', '1.', '1e', '[1,2',
       ' \n [\n1,\n\n2 x', '{"a"', '"\\', 'tru', '[-]', '{"a":1 "b":2}', "{'a': 1}", '[1,,2]',
       '{"a":1}}', '[true false]', 'True', '{"a": [1, 2}', '"\\x41"']
for s in bad:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == s)
try:
    json.loads('[')
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args)
print(json.JSONDecodeError.__mro__[1].__name__, json.JSONDecodeError.__module__)
e = json.JSONDecodeError("Custom", "ab\ncd", 4)
print(e, e.lineno, e.colno)
try:
    json.loads(42)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads(None)
except TypeError as e:
    print("TypeError:", e)
