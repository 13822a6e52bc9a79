# re.sub / subn: templates (\1 \g<name> \g<0> escapes), callables, count, empty matches
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>|\g<0>|\g<1>>', 'ab cd'))
print(re.sub(r'a', r'\n\t\\', 'xax') == 'x\n\t\\x', re.sub(r'a', r'[\&]', 'xax'))
print(re.sub(r'(a)|b', r'[\1]', 'abab'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.sub(r'(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2), 'the quick brown fox'))
print(re.subn(r'o', '0', 'foo boo'), re.subn(r'o', '0', 'foo boo', count=2), re.subn(r'z', '0', 'foo'))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'', '-', 'abc'), re.sub(r'\b', '|', 'hi there'))
print(re.sub(r'a', 'b', 'AaA', flags=re.I), re.sub(r'\s+', ' ', '  lots   of\n\tspace  '))
print(re.sub(r'(\d)', r'\g<1>0', '123'))
p = re.compile(r'(?P<k>\w+)=(?P<v>\w+)')
print(p.sub(r'\g<v>=\g<k>', 'a=1, b=2'), p.subn(r'\2', 'a=1, b=2, c', count=1))
for tpl in (r'\3', r'\g<x>', r'\g<1', r'\q', r'\g<-1>', r'\g<>', '\\', r'\g'):
    try:
        print(re.sub(r'(a)', tpl, 'xax'))
    except re.error as e:
        print(repr(tpl), 'error:', e)
    except IndexError as e:
        print(repr(tpl), 'IndexError:', e)
try:
    re.sub(r'a', lambda m: 5, 'a')
except TypeError as e:
    print("TypeError:", e)
