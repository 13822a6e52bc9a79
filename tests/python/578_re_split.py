# re.split: plain, with capturing groups, maxsplit, empty matches
import re

print(re.split(r'\s*,\s*', 'a , b,c ,d'))
print(re.split(r'(,)', 'a,b,c'), re.split(r'(,)|;', 'a,b;c'), re.split(r'(-)(\d)?', 'a-1b-c'))
print(re.split(r',', 'a,b,c,d', maxsplit=2), re.split(r',', 'a,b,c', 1), re.split(r',', 'a,b', maxsplit=-1))
print(re.split(r'x*', 'axbc'), re.split(r'\b', 'hi there'), re.split(r'', 'abc'))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.'))
print(re.split(r'[a-f]+', '0a3B9', flags=re.I), re.split(r'\d', ''), re.split(r'z', 'abc'))
print(re.compile(r'\s+').split(' lead and trail '), re.split(r'^', 'a\nb', flags=re.M))
