people = [
    {"name": "Ann", "age": 31, "city": "Oslo"},
    {"name": "bob", "age": 25, "city": "Rome"},
    {"name": "Cid", "age": 31, "city": "Athens"},
    {"name": "dee", "age": 25, "city": "Oslo"},
]
by_age_name = sorted(people, key=lambda p: (p["age"], p["name"].lower()))
print([p["name"] for p in by_age_name])
by_age_desc = sorted(people, key=lambda p: (-p["age"], p["city"]))
print([p["name"] for p in by_age_desc])
s = sorted(people, key=lambda p: p["name"])
s = sorted(s, key=lambda p: p["city"])
print([(p["city"], p["name"]) for p in s])
print(sorted(range(-5, 6), key=lambda x: (abs(x), x)))
print(sorted(["a10", "a9", "b1", "a100"], key=lambda s: (s[0], int(s[1:]))))
