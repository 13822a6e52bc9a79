# building output: print options, sep/end, str/repr of containers
print('a', 'b', 'c', sep='-')
print('no newline', end='|')
print('next')
print(*range(5), sep=', ', end='.\n')
print()
print('tab\tseparated', 'x', sep='')
import sys
print('to stdout explicitly', file=sys.stdout)
print([1, 'a', None, 2.0, True], (1,), {'k': [1, {2: 'v'}]})
print(repr('quote\'s'), repr("dq\"s"), repr('both\'"'), str('plain'))
print(repr('\x00\x7f\u00ff\n'), repr('\\'), len(r'\n'), r'C:\dir\new')
print([['nested', ('t', 1)], {3}], [(), [], {}])
nested = {'list': [1, 2], 'tuple': (3,), 'set': {4}, 'fs': frozenset(), 'none': None}
for k, v in nested.items():
    print(f'{k:>6}: {v!r}')
print(str(1.0), str(-0.0), str(1e100), repr(0.1), str([0.1, 1/3]))
rec = [1]
rec.append(rec)
print(rec)
dd = {}
dd['self'] = dd
print(dd)
print(str(b'bytes'), str(bytearray(b'ba')), str(range(3)), str(slice(1, 2)))
lines = ['one', 'two', 'three']
print('\n'.join(f'{i}. {l}' for i, l in enumerate(lines, 1)))
print(f"{'|'.join(lines):^21}|")
print('multi\nline\nstring'.count('\n'), """triple
quoted""")
print('implicit' ' concatenation', ('paren'
       'joined'))
