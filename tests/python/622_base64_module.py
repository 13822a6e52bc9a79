# base64: the frozen module over binascii.
import base64
import binascii

for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\xfb\xff\xfe']:
    print(data, base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data))
    assert base64.b64decode(base64.b64encode(data)) == data
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b16decode(base64.b16encode(data)) == data
print(base64.b64encode(b'\xfb\xff', altchars=b'*!'), base64.b64decode(b'+/+/', altchars=b'-_'), base64.b64decode('-_-_', b'-_'))
print(base64.b64decode('Zm9v'), base64.standard_b64decode(b'Zm9vYg=='), base64.b64decode('Zm9v\nYmFy'))
print(base64.b32decode('mzxw6===', casefold=True), base64.b16decode('666f6f', casefold=True), base64.b32hexencode(b'abc'))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'))
for f in [
    lambda: base64.b64decode('Zm9v!', validate=True),
    lambda: base64.b64decode('Zm9', validate=False),
    lambda: base64.b64decode(5),
    lambda: base64.b64decode('\xe9'),
    lambda: base64.b32decode('MZXW6==='.lower()),
    lambda: base64.b32decode('MZXW6=='),
    lambda: base64.b16decode('0g'),
    lambda: base64.b16decode('666f6f'),
]:
    try:
        print(f())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
