# re.Pattern: attributes, repr, methods with pos/endpos, caching, escape, compiled patterns as arguments
import re

p = re.compile(r'(?P<num>\d+)(px)?', re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile('a'), re.compile('a', re.S), re.compile("it's"), re.compile('(?x) a'))
print(re.compile(r'\d').flags, re.compile(r'\d', re.A).flags, re.compile(r'(?a)\d').flags)
print(p.match('12px'), p.match('x12px', 1), p.match('x12px', 1, 2), p.search('ab 7 cd', 2, 4))
print(p.fullmatch('12PX'), p.fullmatch('12PX', 0, 3), p.fullmatch('x12', 1))
r = re.compile(r'^\w')
print(r.search('ab', 1), r.match('ab', 1), re.compile(r'$').search('abc', 0, 2))
print(re.compile('a') is re.compile('a'), re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I))
print(re.search(p, '5px'), re.findall(re.compile(r'\d'), 'a1b2'), re.compile(p) is p)
print(re.escape('a.b*c d-e_f\n\t#&~é[](){}|^$?+\\'), re.escape(''), re.escape('plain_123'))
print(re.findall(re.escape('1+1=2'), 'is 1+1=2?'))
print(type(p).__name__, type(p.match('1')).__name__, re.Pattern, re.Match, isinstance(p, re.Pattern))
re.purge()
print(re.match('b', 'b'))
