# Unicode strings
s = 'naïve café ☕ 日本語'
print(len(s), s.upper(), s.title())
print([hex(ord(c)) for c in 'é☕日'])
print(s.encode('utf-8'), len(s.encode('utf-8')))
print(s.encode('utf-16-le')[:10], len(s.encode('utf-32-le')))
print(s.encode('ascii', 'replace'), s.encode('ascii', 'ignore'), s.encode('ascii', 'xmlcharrefreplace'))
print(s.encode('ascii', 'backslashreplace'))
print('\u00e9' == 'é', '\N{GREEK SMALL LETTER ALPHA}', '\U0001F600'.encode('utf-8'))
print('ß'.upper(), 'ß'.casefold(), 'ǅ'.lower(), 'Σ'.lower(), 'ΣΑΣ'.lower())
print('١٢٣'.isdigit(), int('١٢٣'), '½'.isnumeric(), '½'.isdigit(), 'ü'.isalpha())
import unicodedata
print(unicodedata.name('é'), unicodedata.category('A'), unicodedata.category('1'), unicodedata.numeric('½'))
composed = 'é'
decomposed = unicodedata.normalize('NFD', composed)
print(len(composed), len(decomposed), unicodedata.normalize('NFC', decomposed) == composed)
print(sorted(['b', 'ä', 'a', 'z']), ascii('日本'), repr('日本'))
print('日本語'[1], '日本語'[::-1], 'x☕y'.split('☕'))
print('café'.center(10, '·'), f'{"日本":>6}|')
print(bytes('é', 'latin-1'), 'é'.encode('cp1252'), b'\xe9'.decode('latin-1'))
try:
    '☕'.encode('latin-1')
except UnicodeEncodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
print(chr(0x1F40D), ord('🐍'), len('🐍'), len('🐍'.encode('utf-16-le')))
print(str(b'caf\xc3\xa9', 'utf-8'), 'İ'.lower().encode('utf-8'), 'ﬁ'.upper())
