# re on long inputs: no recursion limit in the matcher, nested and empty-matching loops stay fast
# gc-stress: 2000
# pygc-stress: 100
import re

s = 'ab' * 1500
print(re.fullmatch(r'(?:ab)*', s) is not None, re.fullmatch(r'(ab)+', s).span(1))
print(re.match(r'(a|b)*', s).span(), re.match(r'(?:a|b)*?$', s).span())
print(len(re.findall(r'a', s)), len(re.sub(r'b', '', s)), len(re.split(r'(?<=b)(?=a)', s)))
t = 'x' * 800 + 'y'
print(re.search(r'(x+x+)+y', t).span(), re.search(r'(a*)*b', 'a' * 800 + 'b').span())
print(re.match(r'(a*)+$', 'a' * 100).span(), re.match(r'(?:a?)*?c', 'a' * 200 + 'c').span())
print(re.match(r'.*z', 'q' * 600 + 'z').span(), re.match(r'.*?z', 'q' * 600 + 'z').span())
lines = '\n'.join('line %d: value=%d' % (i, i * i) for i in range(200))
vals = re.findall(r'^line (\d+): value=(\d+)$', lines, re.M)
print(len(vals), vals[-1], sum(int(v) for _, v in vals))
print(re.search(r'value=39601$', lines).start(), re.search(r'nothing', lines))
words = ' '.join(['alpha', 'beta', 'gamma', 'delta'] * 100)
print(len(re.findall(r'\b\w+a\b', words)), re.subn(r'(\w+) (\w+)', r'\2 \1', words)[1])
