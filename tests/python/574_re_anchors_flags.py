# re anchors (^ $ \A \Z \b \B) and flags (I M S X A, inline and scoped)
import re

text = "first line\nsecond line\nthird\n"
print(re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M), re.findall(r'(?m)^\w+', text))
print(re.findall(r'\w+$', text), re.findall(r'\w+$', text, re.MULTILINE))
print(re.search(r'line$', 'line\n'), re.search(r'line\Z', 'line\n'), re.search(r'\Aline', 'xline'))
print(re.findall(r'$', 'ab\n'), re.findall(r'(?m)$', 'a\nb'), re.findall(r'^', 'ab'), re.findall(r'(?m)^', 'a\nb\n'))
print(re.findall(r'\bcat\b', 'cat concat cat. bobcat'), re.findall(r'\Bcat', 'cat concat bobcat'))
print(re.findall(r'\b\w', 'hello big world'), re.search(r'\B', ''), re.search(r'\b', ''))
print(re.findall(r'.', 'a\nb'), re.findall(r'.', 'a\nb', re.S), re.findall(r'(?s).', 'a\nb'))
print(re.findall(r'hello', 'Hello HELLO hello', re.I), re.findall(r'(?i)hello', 'Hello HELLO'))
print(re.findall(r'(?i)é', 'éÉ'), re.findall(r'[a-z]+', 'ABC def', re.IGNORECASE))
print(re.findall(r'(?i:a)b', 'ab Ab aB AB'), re.findall(r'(?-i:a)b', 'ab Ab aB AB', re.I))
print(re.findall(r'''
    (\d{3})   # area code
    [-.\s]?   # separator
    (\d{4})   # number
''', 'call 555-1234 or 555 9876', re.X))
print(re.findall(r'(?x) a b c  [ ]  d', 'abc d'), re.findall(r'a\ b', 'a b', re.VERBOSE), re.findall(r'(?x)a\#b', 'a#b'))
print(re.findall(r'(?ims)^a.b$', 'x\nA\nB\n'), re.compile(r'(?ims)x').flags, re.compile(r'x', re.I | re.M).flags)
print(re.I, re.M, re.S, re.X, re.A, re.U, re.IGNORECASE | re.DOTALL, re.NOFLAG)
print(re.search(r'^b', 'ab', re.M), re.search(r'a$', 'a\n\n'), re.search(r'(?m)a$', 'a\n\n'))
