# re: sub with function, subn, split, finditer
import re
print(re.sub(r'\d+', '#', 'a1b22c333'), re.sub(r'\d+', '#', 'a1b22c333', count=2))
print(re.subn(r'o', '0', 'foo boo'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'user@host'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'hi there'), re.sub(r'x*', '-', 'abc'))
def double(m):
    return str(int(m.group()) * 2)
print(re.sub(r'\d+', double, 'a1 b20 c300'))
def title_case(m):
    w = m.group(0)
    return w if w in ('and', 'of') else w.capitalize()
print(re.sub(r'[a-z]+', title_case, 'war and peace of mind'))
temps = 'Mon 20C, Tue 25C, Wed -3C'
print(re.sub(r'(-?\d+)C', lambda m: f'{int(m.group(1)) * 9 / 5 + 32:.0f}F', temps))
print(re.split(r'\s*,\s*', 'a , b,c ,  d'), re.split(r'(\d)', 'a1b2c'), re.split(r'\W+', 'Hi! How are you?'))
print(re.split(r',', 'a,b,c,d', maxsplit=2), re.split(r'x*', 'axbc'), re.split(r'[;:]', ''))
for m in re.finditer(r'(\w+)=(\d+)', 'a=1, bb=22, ccc=333'):
    print(m.group(1), int(m.group(2)), m.span())
tokens = re.compile(r'\s*(?:(\d+\.?\d*)|(.))')
expr = '3 + 4.5 * (2 - 1)'
print([num or op for num, op in tokens.findall(expr)])
spec = [('NUM', r'\d+'), ('ID', r'[a-z]+'), ('OP', r'[+=*]'), ('WS', r'\s+')]
rx = re.compile('|'.join(f'(?P<{n}>{p})' for n, p in spec))
print([(m.lastgroup, m.group()) for m in rx.finditer('x = 42 + y') if m.lastgroup != 'WS'])
p = re.compile(r'cat')
print(p.sub('dog', 'cat catalog'), p.subn('dog', 'concat')[1], p.split('acatbcatc'))
print(re.sub(r'^', '> ', 'l1\nl2', flags=re.M), re.sub(r'\s+', ' ', '  many   spaces \n here ').strip())
print(re.sub('a', r'\\', 'banana'), re.sub('(b)', r'\1\1', 'abc'))
print(re.sub(r'(\d{3})(?=\d)', r'\1,', '1234567'[::-1])[::-1])
