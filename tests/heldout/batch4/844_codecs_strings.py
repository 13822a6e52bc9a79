# encodings and codecs
import codecs
s = 'Grüße'
for enc in ['utf-8', 'latin-1', 'utf-16', 'utf-16-be', 'cp1252', 'utf-8-sig']:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(codecs.encode('hello', 'rot13'), codecs.decode(b'68656c6c6f', 'hex'))
print(codecs.encode(b'hi', 'base64'), codecs.lookup('UTF8').name, codecs.lookup('latin1').name)
print('abc'.encode('idna'), 'münchen.de'.encode('idna'))
print(b'\\n\\t'.decode('unicode_escape') == '\n\t', 'é\n'.encode('unicode_escape'))
print('é'.encode('raw_unicode_escape'), b'a\\u00e9'.decode('raw_unicode_escape'))
try:
    b'\x80abc'.decode('ascii')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
print(b'\xe2\x82'.decode('utf-8', 'replace') == '\ufffd', b'a\xffb'.decode('utf-8', 'backslashreplace'))
print(b'a\xffb'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, 'x'.encode('utf-16-le'))
dec = codecs.getincrementaldecoder('utf-8')()
parts = [b'\xe2', b'\x82', b'\xac!']
print([dec.decode(p) for p in parts])
print(len('€'.encode('utf-8')), len('€'.encode('utf-16-le')), '€'.encode('cp1252'))
