# re backreferences (\1, (?P=name), ignorecase), conditionals, atomic groups, comments
import re

print(re.findall(r'(\w)\1', 'aabbcd eef'), re.search(r'(\w+) \1', 'it is is ok'))
print(re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now'), re.search(r'(a)\1', 'aA', re.I))
print(re.findall(r'<(\w+)>.*?</\1>', '<b>x</b><i>y</u>'), re.search(r'(a)?\1', 'b'))
print(re.match(r'(a)(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(?P<o>\()?\d+(?(o)\))', '(12)'))
print(re.fullmatch(r'(?P<o>\()?\d+(?(o)\))', '(12'), re.match(r'(a)?x(?(1)y)', 'x'))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaa'), re.match(r'(?>a|ab)c', 'abc'))
print(re.match(r'a(?#this is a comment)b', 'ab'), re.match(r'(?:a(?#c))+', 'aaa'))
print(re.sub(r'(\w+) \1', r'\1', 'the the cat sat sat'))
