# operator.itemgetter, attrgetter, methodcaller
from operator import itemgetter, attrgetter, methodcaller
rows = [{"name": "ann", "age": 31, "city": "oslo"},
        {"name": "bob", "age": 25, "city": "rome"},
        {"name": "cy", "age": 31, "city": "bern"}]
print([r["name"] for r in sorted(rows, key=itemgetter("age", "name"))])
get_pair = itemgetter("name", "city")
print([get_pair(r) for r in rows])
print(itemgetter(1)("abc"), itemgetter(-1)([1, 2, 3]), itemgetter(slice(2))("hello"), itemgetter(0, 2)("xyz"))
class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
        self.manager = None
    def __repr__(self):
        return self.name
    def raise_pay(self, pct):
        return round(self.salary * (1 + pct / 100))
boss = Emp("zed", "exec", 300)
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 100)]
for s in staff:
    s.manager = boss
print(sorted(staff, key=attrgetter("dept", "salary")))
print(attrgetter("manager.name")(staff[0]), attrgetter("name", "salary")(staff[1]))
print(list(map(methodcaller("raise_pay", 10), staff)))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("x,y,z"))
print(methodcaller("replace", "a", "o", 1)("banana"))
try:
    itemgetter("missing")(rows[0])
except KeyError as e:
    print(type(e).__name__, e)
try:
    attrgetter("nope")(staff[0])
except AttributeError as e:
    print(type(e).__name__, e)
print(max(rows, key=itemgetter("age"))["name"], min(staff, key=attrgetter("salary")))
print(repr(itemgetter(1)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
pairs = [(1, "b"), (0, "a"), (1, "a")]
print(sorted(pairs, key=itemgetter(1, 0)), list(map(itemgetter(0), pairs)))
