from collections import Counter

c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], len(c))
print(sorted(c.elements()))
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(2), wc.most_common()[-1])
wc.update(["cat", "cat", "dog"])
print(wc["cat"], wc["dog"])
wc.subtract({"the": 2, "zebra": 1})
print(wc["the"], wc["zebra"])
print(sorted((+wc).items()))
a = Counter(x=3, y=1)
b = Counter(x=1, y=2, z=5)
print(a + b, a - b, a & b, a | b)
print(sum(b.values()), b.total(), list(b), Counter({"k": 0}) == Counter())
inv = Counter(apples=5, pears=0, plums=-2)
print(inv, +inv, -inv)
del inv["plums"]
print(inv)
print(Counter("aab") == Counter("aba"), Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) >= Counter(a=1))
rolls = [1, 3, 3, 6, 2, 3, 6, 6, 6, 1]
dist = Counter(rolls)
for face in range(1, 7):
    print(face, "#" * dist[face])
s1 = "listen"
s2 = "silent"
print(Counter(s1) == Counter(s2))
print(Counter([("a", 1), ("a", 1), ("b", 2)]).most_common(1))
c2 = Counter()
c2["new"] += 1
print(c2, dict(c2))
print(Counter(dict(a=2, b=4)).most_common(), sorted(Counter("hello world").items())[:3])
