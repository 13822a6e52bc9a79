from collections import Counter
c = Counter()
print(c, len(c))
c["a"] += 2
c["b"] -= 1
print(sorted(c.items()))
del c["a"]
print(sorted(c.items()))
c2 = Counter({"k": 5, "j": 5, "i": 1})
print(c2.most_common(2))
print(Counter([1, 1, 2, 3, 3, 3]).most_common(1))
print(Counter("aab") <= Counter("aabb"))
print(Counter("ab") == Counter("ba"))
