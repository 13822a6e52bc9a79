# collections.Counter
from collections import Counter
c = Counter('abracadabra')
print(c.most_common(3), c['a'], c['z'], len(c), c.total())
print(sorted(c.elements()))
c2 = Counter({'a': 2, 'z': 4})
print(c + c2)
print(c - c2)
print(c & c2, c | c2)
c.update('zz')
c.subtract({'a': 10})
print(sorted(c.items()))
print(+c, sorted((-c).items()))
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc.most_common(2), wc.most_common()[-1])
print(Counter(a=3) == Counter(a=3, b=0), Counter('aab') < Counter('aaabb'))
print(dict(Counter([1, 1, 2, 3, 3, 3])))
del wc['the']
print(sorted(wc))
print(sum(Counter('hello').values()), Counter('hello')['l'])
inventory = Counter(apples=5, pears=2)
inventory['apples'] -= 7
print(inventory, +inventory)
print(Counter(['x', 'y', 'x']).most_common(1)[0][0], repr(Counter()))
def is_anagram(a, b):
    return Counter(a.replace(' ', '')) == Counter(b.replace(' ', ''))
print(is_anagram('dormitory', 'dirty room'), is_anagram('abc', 'abd'))
