from operator import attrgetter
from collections import namedtuple
P = namedtuple("P", "name age")
Box = namedtuple("Box", "p label")
people = [P("z", 3), P("a", 9), P("m", 3)]
print(sorted(people, key=attrgetter("age", "name")))
print(attrgetter("name")(people[0]))
print(attrgetter("name", "age")(people[1]))
b = Box(P("in", 1), "L")
print(attrgetter("p.name")(b))
try:
    attrgetter("nope")(b)
except AttributeError as e:
    print(type(e).__name__)
