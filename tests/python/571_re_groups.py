# re groups: numbered, named, optional, nested; groups(), groupdict(), lastindex, lastgroup
import re

m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'Isaac Newton')
print(m.groups(), m.groups('-'), m.group(1), m.group(2, 1), m.group(3))
print(m.span(1), m.span(3), m.start(2), m.end(3), m.lastindex, m.regs)
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Malcolm Reynolds')
print(m.group('first'), m['last'], m.groupdict(), m.lastgroup, m.lastindex)
print(m.span('last'), m.group(0, 'first', 2))
m = re.match(r'((a)(b(c)))(d)?', 'abc')
print(m.groups(), m.lastindex, m.lastgroup)
m = re.match(r'(?P<x>a)|(?P<y>b)', 'b')
print(m.groupdict(), m.groupdict(0), m.lastgroup, m.lastindex)
m = re.match(r'(a|b)*', 'abba')
print(m.group(1), m.span(1))
m = re.match(r'(?:(\d)|x)+', '1x2x')
print(m.groups(), m.group(0))
m = re.match(r'(a)(?P<n>b)?', 'a')
print(m.groups(), m.groupdict(), m.start('n'), m.span(2), m.lastindex)
for bad in (3, 'zz', -1):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)
try:
    m.start(5)
except IndexError as e:
    print("IndexError:", e)
print(m.expand(r'<\1|\g<n>|\g<0>>'))
print(re.compile(r'(a)(b)(?P<c>c)').groups, re.compile(r'(?P<one>a)(?P<two>b)').groupindex)
