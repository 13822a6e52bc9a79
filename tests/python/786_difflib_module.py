# difflib: SequenceMatcher, close matches, unified/context/ndiff output
import difflib
s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.find_longest_match(0, 28, 0, 37))
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, 'qabxcd', 'abycdf').get_opcodes():
    print(tag, i1, i2, j1, j2)
long_a = ['x'] * 150 + ['line %d' % i for i in range(100)]
long_b = ['x'] * 149 + ['line %d' % i for i in range(0, 100, 2)]
print(difflib.SequenceMatcher(None, long_a, long_b).ratio())
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), difflib.get_close_matches('zz', ['a'], cutoff=0.0))
a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
b = ['zero\n', 'one\n', 'two\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'eleven\n']
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt', 'date1', 'date2', n=2)), end='')
print(''.join(difflib.context_diff(a, b, 'a.txt', 'b.txt')), end='')
print(''.join(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])), end='')
print(list(difflib.unified_diff(['a', 'b'], ['a', 'c'], lineterm='')))
diff = list(difflib.ndiff(['x\n', 'y\n'], ['x\n', 'z\n']))
print(''.join(difflib.restore(diff, 1)), ''.join(difflib.restore(diff, 2)), end='')
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_LINE_JUNK(' # \n'), difflib.IS_LINE_JUNK('x'))
