orders = [
    {"id": 1, "items": 3, "total": 59.90, "paid": True},
    {"id": 2, "items": 1, "total": 9.99, "paid": False},
    {"id": 3, "items": 7, "total": 210.00, "paid": True},
    {"id": 4, "items": 2, "total": 35.50, "paid": True},
]
print(all(o["items"] > 0 for o in orders), any(not o["paid"] for o in orders))
print(all([]), any([]), all([1, "x", [0]]), any([0, "", None]))
print(round(sum(o["total"] for o in orders), 2), sum(o["items"] for o in orders))
print(sum(o["items"] for o in orders if o["paid"]), sum([], 10), sum(range(5), start=100))
biggest = max(orders, key=lambda o: o["total"])
smallest = min(orders, key=lambda o: o["total"])
print(biggest["id"], smallest["id"])
print(max(3, 7, 5), min("pear", "apple", "fig"), max("pear", "apple", "fig", key=len), min([4, 2, 8]))
print(max([], default=None), min((), default="empty"), max([1, 3, 3.0, 2]), max([3.0, 3]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
print(max({"a": 3, "b": 9, "c": 1}, key={"a": 3, "b": 9, "c": 1}.get))
words = ["delta", "alpha", "charlie", "bravo"]
print(min(words), max(words, key=lambda w: (len(w), w)), sorted(words, key=len)[0])
print(sum([0.25, 0.5, 0.125]), sum([1, 2.5]), sum([True, True, False]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
matrix = [[1, 2, 3], [4, 5, 6]]
print(sum(map(sum, matrix)), max(map(max, matrix)), [sum(col) for col in zip(*matrix)])
passwords = ["abc", "Secret123", "noDigits", "12345678A"]
for p in passwords:
    checks = [len(p) >= 8, any(c.isdigit() for c in p), any(c.isupper() for c in p), any(c.islower() for c in p)]
    print(f"{p:10} {all(checks)} {sum(checks)}")
print(abs(-3), abs(-2.5), abs(3 - 4j), pow(2, 10), pow(2, 10, 1000), divmod(17, 5))
