# bytes % formatting; the utf-16/utf-32/utf-8-sig codecs; encode and decode
# error handlers; upper/title of German sharp s.
print(b'%d-%s' % (5, b'x'), b'%s' % b'abc', b'%r|%a' % (b'q', 'e\xe9'))
print(b'%5.2f|%x|%c%c|%-4d|' % (3.14159, 255, 65, b'B', 7), bytearray(b'%03d') % 7, b'%b' % bytearray(b'z'))
print(b'100%%' % (), b'%(k)s' % {'k': 1} if False else b'-')
for thunk in (lambda: b'%s' % 'str', lambda: b'%d' % b'x', lambda: b'%s %s' % (b'a',)):
    try:
        thunk()
    except TypeError as e:
        print('TypeError:', e)

for enc in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig', 'UTF16', 'utf_32'):
    data = 'aé€😀'.encode(enc)
    print(enc, data, data.decode(enc) == 'aé€😀', len(data))
print(b'\xff\xfeh\x00i\x00'.decode('utf-16'), b'\xfe\xff\x00h\x00i'.decode('utf-16'), b'h\x00'.decode('utf-16'))
print(b'\xef\xbb\xbfabc'.decode('utf-8-sig'), b'abc'.decode('utf-8-sig'))
try:
    b'a\x00b'.decode('utf-16-le')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
s = 'price: 5€ (ünïcode)'
for errors in ('replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace'):
    print(errors, s.encode('ascii', errors), s.encode('latin-1', errors))
print(b'caf\xc3 \xff!'.decode('utf-8', 'backslashreplace'), b'\x80abc'.decode('ascii', 'backslashreplace'))
for word in ('straße', 'ßa', 'maß nehmen'):
    print(word.upper(), word.title(), word.capitalize(), word.swapcase(), word.casefold(), word.lower())
