# re: named groups, backreferences, lookaround, flags, compiled patterns
import re
date = re.compile(r'(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})')
m = date.search('Released on 2023-11-05, patched later')
print(m.group('year'), m['month'], m.groupdict(), m.start('day'), m.lastgroup)
print(date.pattern, date.groups, sorted(date.groupindex.items()))
print(re.findall(r'(\w)\1', 'aabbcdde'), re.sub(r'(\w+) \1', r'\1', 'the the cat sat sat'))
print(re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now').group())
print(re.findall(r'\d+(?=px)', '10px 20em 30px'), re.findall(r'\d+(?!px|\d)', '10px 20em 30px'))
print(re.findall(r'(?<=\$)\d+', '$5 and $10 but 7'), re.findall(r'(?<!\$)\b\d+', '$5 and $10 but 7'))
pw = re.compile(r'^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$')
print([bool(pw.match(p)) for p in ['Passw0rdX', 'password', 'SHORT1a', 'NoDigitsHere']])
print(re.findall(r'hello', 'Hello HELLO hello', re.IGNORECASE))
verbose = re.compile(r'''
    (\d{3})   # area
    [-.\s]?   # sep
    (\d{4})   # number
''', re.VERBOSE)
print(verbose.findall('call 555-1234 or 555.9876 or 5551111'))
print(re.compile(r'a.c', re.S | re.I).findall('A\nC abc'), bool(re.I & re.IGNORECASE))
print(re.search(r'(?m)^end$', 'start\nend\nmore').span(), re.search(r'(?s)a.b', 'a\nb') is not None)
print(re.match(r'(?x) a b c  # comment', 'abc').group())
ip = re.compile(r'^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$')
print([bool(ip.match(s)) for s in ['192.168.1.1', '256.1.1.1', '1.2.3', '0.0.0.0']])
m3 = re.match(r'(?P<first>\w+) (?P<last>\w+)?', 'Jane ')
print(m3.groupdict(), m3.groupdict(default='?'), m3.expand(r'\g<first>!'))
try:
    re.compile(r'(unclosed')
except re.error as e:
    print(type(e).__name__, e.msg, e.pos)
try:
    re.compile(r'a{2,1}')
except re.error as e:
    print(type(e).__name__, e)
