# typical string processing
text = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!
"""
words = [w.strip('.,;!').lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)
print(len(words), len(set(words)), max(words, key=len))
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return ''.join(out)
enc = caesar('Hello, World!', 3)
print(enc, caesar(enc, -3))
def is_palindrome(s):
    cleaned = ''.join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]
print(is_palindrome('A man, a plan, a canal: Panama'), is_palindrome('hello'))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f'{j - i}{s[i]}')
        i = j
    return ''.join(out)
print(rle('aaabccddddd'), rle(''), rle('x'))
print(sorted('listen') == sorted('silent'), ''.join(sorted('banana')))
csv_line = 'name, age ,city'
print([f.strip() for f in csv_line.split(',')])
table = [('apple', 1.5, 10), ('kiwi', 0.25, 200), ('watermelon', 3.0, 2)]
for name, price, qty in table:
    print(f'{name:<12}{price:>6.2f}{qty:>5d}')
print('-' * 23)
print(f"{'total':<12}{sum(p * q for _, p, q in table):>11.2f}")
print('snake_case_name'.title().replace('_', ''), 'CamelCaseString'.swapcase())
import re
print(re.sub(r'(?<!^)(?=[A-Z])', '_', 'CamelCaseString').lower())
print(' '.join(w.capitalize() for w in 'hello big world'.split()))
print('%-5s|%5s|' % ('ab', 'cd'), 'x'.join(str(i) for i in range(4)))
