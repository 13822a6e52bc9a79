# re character classes and escapes: ranges, negation, \d \w \s and their negations, hex/octal/unicode
import re

tests = [
    (r'[abc]+', 'xxbcaay'), (r'[a-f0-9]+', 'zz0fa9g'), (r'[^aeiou ]+', 'hello world'),
    (r'[\d]+', 'ab123'), (r'[\w.-]+', '  some-file.txt!'), (r'[\s,]+', 'a ,\t, b'),
    (r'[^\W\d]+', '12abc34'), (r'[]x]+', 'a]x]b'), (r'[x-]+', 'a-x-b'), (r'[-x]+', 'a-x-b'),
    (r'[\]\[]+', 'a[]]b'), (r'[\\]+', 'a\\\\b'), (r'[.*+?]+', 'a.*+?b'), (r'[\n\t]+', 'a\n\tb'),
    (r'\d+', 'abc 2024'), (r'\D+', '12ab34'), (r'\w+', 'héllo, wörld'), (r'\W+', 'ab, cd'),
    (r'\s+', 'a \t\r\n\x0b\x0cb'), (r'\S+', '   tok  '), (r'\x41\x62', 'xAb'), (r'\101\102', 'ABC'),
    (r'\u00e9+', 'caféé'), (r'\U0001F600', 'hi \U0001F600'), (r'\0', 'a\x00b'), (r'\.\*\+\?\(\)', 'x.*+?()'),
    (r'\\n', 'a\\nb'), (r'\t', 'a\tb'), (r'[\u00e0-\u00ff]+', 'xàéÿz'), (r'[^\x00-\x7f]+', 'abc日本語def'),
    (r'[^\d\s]+', '1 ab 2'), (r'a\-b', 'a-b'), (r'\#\&\~', '#&~'),
]
for pat, s in tests:
    print(repr(pat), repr(s), re.findall(pat, s))
print(re.findall(r'(?a)\w+', 'héllo wörld'), re.findall(r'\w+', 'héllo', re.ASCII))
print(re.findall(r'(?a)[\w]+', 'xéy'))
print(re.findall(r'(?i)[a-c]+', 'ABCabcd'), re.findall(r'(?i)[^a-c]+', 'ABCdefABC'))
