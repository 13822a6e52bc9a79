# difflib
import difflib
a = 'the quick brown fox jumps over the lazy dog'.split()
b = 'the quick red fox jumped over the lazy dogs'.split()
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 6))
for op in sm.get_opcodes():
    print(op)
print(sm.get_matching_blocks())
print(round(difflib.SequenceMatcher(None, 'abcd', 'bcde').ratio(), 6), difflib.SequenceMatcher(None, 'abc', 'abc').ratio())
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy', 'applet']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'steel', 'whale'], n=2, cutoff=0.6))
old = ['line one\n', 'line two\n', 'line three\n', 'line four\n']
new = ['line one\n', 'line 2\n', 'line three\n', 'line four\n', 'line five\n']
print(''.join(difflib.unified_diff(old, new, fromfile='old.txt', tofile='new.txt')), end='')
print(''.join(difflib.context_diff(old[:2], new[:2], fromfile='a', tofile='b')), end='')
print(list(difflib.ndiff(['abc\n', 'same\n'], ['abd\n', 'same\n'])))
print(list(difflib.unified_diff(['x'], ['x'])))
m = difflib.SequenceMatcher(None, 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(m.find_longest_match(0, 29, 0, 38), round(m.quick_ratio(), 6))
