# re.findall / finditer: group semantics, empty matches, pos/endpos
import re

print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)=(\d)', 'a=1 b=2 c=x'))
print(re.findall(r'(\w)=\d', 'a=1 b=2'))
print(re.findall(r'(a)|b', 'ab'), re.findall(r'(a)(x)?', 'aa'))
print(re.findall(r'x*', 'axbxxc'), re.findall(r'', 'abc'), re.findall(r'\b', 'ab cd'))
print(re.findall(r'a|', 'bab'), re.findall(r'(?:)', ''))
for m in re.finditer(r'(?P<word>\w+)', 'one two  three'):
    print(m.span(), m.group('word'), m.start(1))
it = re.finditer(r'\d', 'a1b2')
print(type(it).__name__ != '', [m.group() for m in it])
p = re.compile(r'\w+')
print(p.findall('ab cd ef gh', 3), p.findall('ab cd ef gh', 3, 7), p.findall('ab cd', 10), p.findall('abc', 0, -5))
print([m.span() for m in p.finditer('ab cd ef', 1, 7)])
print(re.findall(r'(\d+)-(\d+)-(\d+)', '2024-01-15 and 1999-12-31'))
print(len(re.findall(r'\w+', 'word ' * 500)))
