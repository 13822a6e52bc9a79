# realistic program: anagram groups and word statistics
from collections import defaultdict, Counter
from itertools import combinations, chain
words = '''listen silent enlist google inlets banana tinsel elgoog stone tones notes onset
cat act tac dog god odg apple paple'''.split()
groups = defaultdict(list)
for w in words:
    groups[''.join(sorted(w))].append(w)
multi = sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g[0]))
for g in multi:
    print(len(g), ' '.join(g))
print('singletons', sorted(g[0] for g in groups.values() if len(g) == 1))
letters = Counter(chain.from_iterable(words))
print(letters.most_common(5))
print(sorted(Counter(len(w) for w in words).items()))
pairs = [(a, b) for a, b in combinations(sorted(set(words)), 2) if sum(x != y for x, y in zip(a, b)) == 1 and len(a) == len(b)]
print(pairs)
vowels = set('aeiou')
print({w: sum(c in vowels for c in w) for w in sorted(set(words))[:6]})
def longest_common_prefix(ws):
    if not ws:
        return ''
    s1, s2 = min(ws), max(ws)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1
print(repr(longest_common_prefix(['interview', 'internet', 'interval'])), repr(longest_common_prefix(['a', 'b'])))
index = defaultdict(set)
for i, w in enumerate(words):
    for ch in set(w):
        index[ch].add(i)
print(sorted(words[i] for i in index['g'] & index['o']))
