# Dict methods and idioms: keys/values/items, get, setdefault, pop,
# update, popitem, `in`, comprehensions, views, insertion order, and a
# KeyError from pop().

stock = {"apple": 3, "pear": 0, "fig": 12}
print(list(stock.keys()), list(stock.values()), list(stock.items()))
print(stock.keys(), stock.values(), stock.items())
print("apple" in stock, "kiwi" in stock, 3 in stock, 3 in stock.values(), ("fig", 12) in stock.items())
print(stock.get("apple"), stock.get("kiwi"), stock.get("kiwi", 0))

counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)

groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)

removed = stock.pop("pear")
print(removed, stock, stock.pop("kiwi", "no kiwi"))
stock.update({"fig": 1, "date": 7})
print(stock)
stock.update([("elder", 2)])
print(stock, len(stock))
print(stock.popitem(), stock)

squares = {n: n * n for n in range(6)}
print(squares, {k: v for k, v in squares.items() if v % 2 == 0})
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted, dict(zip("xyz", [1, 2, 3])), dict.fromkeys("ab", 0))
print({**squares, 0: "zero", **{9: 81}})

keys = squares.keys()
squares[10] = 100
print(len(keys), 10 in keys, sorted(squares.values())[-1])

for k in sorted(counts, key=counts.get, reverse=True):
    print(k, counts[k])

nested = {"a": {"x": 1}, "b": {"x": 2, "y": 3}}
print(sum(len(v) for v in nested.values()), [k for k, v in nested.items() if "y" in v])

d = {"one": 1}
copy = d.copy()
copy["two"] = 2
print(d, copy, d == {"one": 1}, d == copy)
d.clear()
print(d, len(d))

def word_lengths(text):
    return {word: len(word) for word in text.split()}
print(word_lengths("to be or not"))

inventory = {"bolts": 10}
inventory.pop("nuts")
