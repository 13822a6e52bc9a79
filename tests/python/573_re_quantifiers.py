# re quantifiers: * + ? {m} {m,} {,n} {m,n}, lazy forms, possessive forms, nested repeats
import re

tests = [
    (r'a*', 'aaab'), (r'a+', 'baaa'), (r'a?b', 'ab b'), (r'a{2}', 'aaaaa'), (r'a{2,}', 'a aa aaaa'),
    (r'a{,2}', 'aaa'), (r'a{1,3}', 'aaaaaaa'), (r'a{2,3}?', 'aaaa'), (r'a*?b', 'aaab'), (r'a+?', 'aaa'),
    (r'a??b', 'ab'), (r'<.*>', '<a><b>'), (r'<.*?>', '<a><b>'), (r'(ab)+', 'ababab'), (r'(ab)+?', 'ababab'),
    (r'(a|bc){2,3}', 'abcbca'), (r'x{0}y', 'xy'), (r'a{3}', 'aa'), (r'(?:ab){2}c', 'ababc'),
    (r'a{', 'a{'), (r'a{x}', 'a{x}'), (r'a{1,x}', 'a{1,x}'), (r'{', '{'), (r'a{,}', 'aaa'),
    (r'\d{2,4}', '1 12 12345'), (r'[a-z]{3}\d{1,2}', 'abc1 xyz99 q7'), (r'(a*)*b', 'aab'),
    (r'(a*)+$', 'aaa'), (r'(a|)+b', 'aab'), (r'(?:a*?)*b', 'aab'), (r'a++', 'aaa'), (r'a*+a', 'aaa'),
    (r'a?+a', 'a'), (r'(?:ab)++c', 'ababc'), (r'.*foo', 'xfooyfoo'), (r'.*?foo', 'xfooyfoo'),
    (r'(.*)(\d+)', 'abc123'), (r'(.*?)(\d+)', 'abc123'), (r'(a+)(a+)', 'aaaa'), (r'(a+?)(a+)', 'aaaa'),
    (r'^(\w+\s?)*$', 'hello big world'), (r'(x+x+)+y', 'x' * 20 + 'y'),
]
for pat, s in tests:
    m = re.search(pat, s)
    print(repr(pat), repr(s), m and m.span(), m and m.groups(), re.findall(pat, s))
