from collections import Counter

stock = Counter({"apple": 10, "banana": 5, "cherry": 0})
order1 = Counter(apple=3, banana=5)
order2 = Counter(apple=9, durian=1)
after1 = stock - order1
print(after1, stock)
shortfall = order2 - (stock - order1)
print("shortfall:", dict(shortfall))
stock.subtract(order1)
print(stock)
stock.subtract(order2)
print(stock, +stock, -stock)
restock = Counter(apple=20, banana=10)
stock.update(restock)
print(dict(sorted(stock.items())))
print(sorted(stock.elements())[:5], stock.total())
warehouses = [Counter(a=1, b=2), Counter(b=3, c=4), Counter(a=5)]
combined = sum(warehouses, Counter())
print(combined, combined.most_common(1))
print(Counter(a=3, b=1) | Counter(a=1, b=5), Counter(a=3, b=1) & Counter(a=1, b=5))
print(Counter("abc") <= Counter("aabbcc"), Counter("aab") >= Counter("ab"), Counter(a=1) == Counter(a=1, b=0))
votes = Counter(["x", "y", "x", "z", "y", "x"])
winner, count = votes.most_common(1)[0]
print(winner, count, votes.most_common()[-1], list(votes))
c = Counter()
c["new"] += 1
c["new"] += 1
c["gone"] -= 1
print(c, c["never"], "never" in c)
print(Counter({"a": 2.5, "b": -1}), repr(Counter()))
