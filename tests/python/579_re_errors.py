# re.error messages and positions for malformed patterns
import re

bad = ['(abc', 'a)b', '*a', 'a**', 'a|*', '(*)', '^*', 'x{2}{3}', '[abc', '[z-a]', '\\q', 'a\\',
       '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=zz)', 'a{3,2}', '(?z)', 'x(?i)y', '\\2(a)', '(a)\\2',
       '(?P<a', '(?P', '(?', '[]', '[^]', '(?<a>x)', '\\x4', '(?P<a>)(?P=a', '\\b*', '\\1', '(a)(?P=a)',
       '(a\\1)', '\\u12', '((a)', 'a\n(b', '[a-\\d]', '(?<=a|bc)d']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
print(re.error.__name__, issubclass(re.error, Exception), re.error.__module__)
e = re.error("custom")
print(e, e.msg, e.pos, e.pattern)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print("ValueError:", e)
try:
    re.search('a', 5)
except TypeError as e:
    print("TypeError:", e)
