# base64 encodings
import base64
data = b'any carnal pleasure.'
for n in range(len(data) - 3, len(data) + 1):
    print(base64.b64encode(data[:n]))
print(base64.b64decode(b'YW55IGNhcm5hbCBwbGVhc3VyZS4='), base64.b64decode('SGk='))
raw = bytes([0xfb, 0xff, 0xfe, 0x3e])
print(base64.b64encode(raw), base64.urlsafe_b64encode(raw), base64.urlsafe_b64decode(b'-__-Pg=='))
print(base64.b32encode(b'hello'), base64.b32decode(b'NBSWY3DP'), base64.b16encode(b'\x01\xab'), base64.b16decode('01AB'))
print(base64.b85encode(b'hello world'), base64.b85decode(base64.b85encode(b'hello world')))
print(base64.a85encode(b'Man is'), base64.standard_b64encode(b'x'))
print(base64.encodebytes(b'x' * 60))
try:
    base64.b64decode(b'abc')
except Exception as e:
    print(type(e).__name__, e)
try:
    base64.b64decode(b'ab$c', validate=True)
except Exception as e:
    print(type(e).__name__, e)
print(base64.b64decode(b'ab$cd=='), base64.b64encode(b'\x00\x00\x00'), base64.b64encode(b''))
try:
    base64.b16decode('abz')
except Exception as e:
    print(type(e).__name__, e)
token = base64.urlsafe_b64encode(b'user:42').rstrip(b'=')
padded = token + b'=' * (-len(token) % 4)
print(token, base64.urlsafe_b64decode(padded))
print(base64.b64encode('caf\u00e9'.encode()).decode('ascii'))
