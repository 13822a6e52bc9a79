from functools import cmp_to_key
def cmp(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(cmp)))
print(sorted(words, key=cmp_to_key(cmp), reverse=True))
print(max(words, key=cmp_to_key(cmp)))
def rev_num(a, b):
    return b - a
print(sorted([3, 1, 2], key=cmp_to_key(rev_num)))
