# codecs: lookup names, encode/decode, BOMs, incremental decoding, error handlers
import codecs
for name in ['UTF8', 'latin1', 'utf_16_le', 'UTF-32', 'windows-1252', 'rot13', 'hex', 'ascii', 'utf-8-sig']:
    print(name, codecs.lookup(name).name)
print(codecs.encode('hello', 'rot13'), codecs.decode(b'6869', 'hex'), codecs.encode(b'hi', 'base64'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
s = 'Grüße €'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'utf-8-sig', 'cp1252']:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s, codecs.decode(b, enc) == s)
print(codecs.getencoder('utf-8')('é'), codecs.getdecoder('latin-1')(b'\xe9'))
for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    print(errors, 'a€ü'.encode('ascii', errors), 'a☕'.encode('cp1252', errors))
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('ascii', 'ignore'), b'a\x81'.decode('cp1252', 'replace'))
dec = codecs.getincrementaldecoder('utf-8')()
print([dec.decode(p) for p in [b'\xe2', b'\x82', b'\xac!', b'']])
dec16 = codecs.getincrementaldecoder('utf-16')()
print([dec16.decode(p) for p in [b'\xff', b'\xfeh', b'\x00i\x00']])
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'))
print(list(codecs.iterdecode([b'ab', b'\xc3', b'\xa9'], 'utf-8')))
print('é\n\\'.encode('unicode_escape'), b'\\u00e9\\n\\x41'.decode('unicode_escape'))
print('é☕'.encode('raw_unicode_escape'), b'a\\u00e9\\n'.decode('raw_unicode_escape'))
print('münchen.de'.encode('idna'), b'xn--mnchen-3ya.de'.decode('idna'), 'bücher'.encode('punycode'))
for bad in [lambda: 'x'.encode('nope'), lambda: 'x'.encode('hex'), lambda: b'\x80'.decode('ascii'),
            lambda: '€x☕'.encode('cp1252'), lambda: b'\x90'.decode('cp1252'), lambda: 'ab☕'.encode('latin-1')]:
    try:
        bad()
    except (LookupError, UnicodeError) as e:
        print(type(e).__name__, e, getattr(e, 'start', None), getattr(e, 'end', None))
e = UnicodeEncodeError('charmap', 'abc', 1, 3, 'bad')
print(e, e.encoding, e.object, e.start, e.end, e.reason)
print(codecs.lookup_error('replace')(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'x')))
