# re lookahead and lookbehind, positive and negative, with groups inside
import re

print(re.findall(r'\w+(?=,)', 'a, b, c'), re.findall(r'\w+(?!\w|,)', 'a, b, c'))
print(re.findall(r'(?<=\$)\d+', 'cost $30, $45 or 60'), re.findall(r'(?<!\$)\b\d+', 'cost $30, $45 or 60'))
print(re.findall(r'(?<=ab)c', 'abc xbc abc'), re.findall(r'(?<![a-z])\d', 'a1 2 b3 4'))
print(re.search(r'(?=(\w+))\w', 'hello').groups(), re.search(r'(?!(x))\w', 'hello').groups())
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.findall(r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abc123\nabcdef\n123456\nx1', re.M))
print(re.search(r'(?<=(a))b', 'ab').groups(), re.search(r'(?<=a|b)c', 'bc'))
print(re.findall(r'q(?!u)', 'qatar quit iraq'), re.findall(r'(?<!\w)x', 'x ax x'))
try:
    re.compile(r'(?<=a+)b')
except re.error as e:
    print("error:", e)
