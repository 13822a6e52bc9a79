# operator.itemgetter, attrgetter (dotted names), methodcaller; used as sort keys
from operator import itemgetter, attrgetter, methodcaller


class P:
    def __init__(self, name, age, city):
        self.name, self.age = name, age
        self.home = city


class City:
    def __init__(self, name):
        self.name = name


people = [P("ann", 31, City("Oslo")), P("bob", 25, City("Rome")), P("cy", 31, City("Bonn"))]
print([p.name for p in sorted(people, key=attrgetter("age", "name"))])
print(attrgetter("home.name")(people[0]), attrgetter("name", "home.name")(people[1]))
rows = [("b", 2, 9.5), ("a", 2, 1.0), ("c", 1, 3.3)]
print(sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(2)(rows[0]), itemgetter(0, 2)(rows[1]), itemgetter(slice(1, None))("hello"))
print(list(map(itemgetter("k"), [{"k": 1}, {"k": 2}])))
print(methodcaller("upper")("abc"), methodcaller("split", ",", 1)("a,b,c"))
print(methodcaller("replace", "a", b="x") if False else methodcaller("center", 7, "*")("mid"))
print(repr(itemgetter(1, "a")), repr(attrgetter("x.y")), repr(methodcaller("f", 1, k=2)))
try:
    attrgetter("missing")(people[0])
except AttributeError as e:
    print("AttributeError:", e)
try:
    itemgetter(5)([1, 2])
except IndexError as e:
    print("IndexError:", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError:", e)
