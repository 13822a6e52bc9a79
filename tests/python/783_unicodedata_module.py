# unicodedata: names, categories, numeric values, normalization forms
import unicodedata as ud
print(ud.unidata_version)
for ch in 'Aé1½٣ ☕€\u0301\u4e00가ǅ':
    print(hex(ord(ch)), ud.name(ch, '?'), ud.category(ch), ud.bidirectional(ch), ud.combining(ch),
          ud.east_asian_width(ch), ud.mirrored(ch), ud.decomposition(ch), ud.numeric(ch, None),
          ud.digit(ch, None), ud.decimal(ch, None))
print(ud.lookup('LATIN SMALL LETTER E WITH ACUTE'), ud.lookup('snowman'), ud.lookup('HANGUL SYLLABLE GAG'))
print(ud.name('('), ud.mirrored('('), ud.category('\U0001F600'), ud.name('\U0001F600'))
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for s in ['é', 'e\u0301', 'ﬁ', 'Å', 'A\u030a', '한', 'ẛ\u0323', 'q\u0307\u0323', '①²', 'Ḕ']:
        r = ud.normalize(form, s)
        print(form, ascii(s), ascii(r), ud.is_normalized(form, s))
print(ascii(ud.normalize('NFC', 'cafe\u0301 nai\u0308ve')), ascii(ud.normalize('NFKD', '㎒ ½')))
for bad in [lambda: ud.name('\x00'), lambda: ud.numeric('x'), lambda: ud.digit('½'), lambda: ud.decimal('x'),
            lambda: ud.lookup('NO SUCH THING'), lambda: ud.normalize('NFX', 'a'), lambda: ud.category('ab'),
            lambda: ud.name(5)]:
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
