# an uncaught json.JSONDecodeError raised by the program: qualified class name in the traceback
import json

try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    err = e
print(err.msg, err.pos)
raise json.JSONDecodeError(err.msg, err.doc, err.pos)
