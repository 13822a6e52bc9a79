# The str.is* predicates over Unicode (a sample of code points across the planes, plus whole-string rules)
# gc-stress: 1000
# pygc-stress: 10
names = ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isspace', 'isprintable',
         'isupper', 'islower', 'istitle', 'isidentifier', 'isascii']
sample = list(range(0, 0x3000, 3)) + list(range(0x3000, 0x30000, 97)) + [0xE0001, 0xE0100, 0xF0000, 0x10FFFD, 0x10FFFF]
for name in names:
    acc = 0
    count = 0
    for cp in sample:
        if 0xD800 <= cp <= 0xDFFF:
            continue
        if getattr(chr(cp), name)():
            acc = (acc * 31 + cp) % 1000000007
            count += 1
    print(name, count, acc)
words = ['', 'Hello World', 'HELLO', 'hello', 'Hello world', 'ǅungla', 'ǈ', 'ß', 'ΣΑΣ', 'abc123', '²³', '٣٤', 'Ⅻ',
         '\u3000', ' \t\n', '\x1f', 'a\u200bb', '_x1', '1x', 'der_Kranführer', 'ﬁ', 'Ａ', '', '\U0001F600', 'ⓐ', 'ＡＢＣ']
for w in words:
    print(repr(w), [getattr(w, n)() for n in names])
