# string.Template subclasses (delimiter, idpattern, braceidpattern, pattern), string.Formatter
# in overridable steps, typing.NamedTuple's functional form and TypedDict classes.
import string
from string import Template
from typing import NamedTuple, TypedDict


class Hash(Template):
    delimiter = "#"


class Upper(Template):
    idpattern = r"[A-Z]+"
    flags = 0


class Braced(Template):
    braceidpattern = r"[a-z]+-[a-z]+"


print(Hash("#a and ##b and #{c}").substitute(a=1, c=3))
print(Upper("$NAME $name").safe_substitute(NAME="x", name="y"))
print(Braced("${first-name} $x").substitute({"first-name": "Ada", "x": 1}))
for bad in ["$", "a\nb $!", "${x"]:
    try:
        Template(bad).substitute(x=1)
    except ValueError as e:
        print("ValueError:", e)
try:
    Template("$missing").substitute()
except KeyError as e:
    print("KeyError:", e)
print(Template("$a ${b} $$ $a").get_identifiers(), Template("$a $").is_valid())
print(Template("$x").safe_substitute(), Template("${x} $y").safe_substitute(y=2))


class Shouting(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)


f = Shouting()
print(f.format("{0!u} {who} {1!r} {n:>{w}}", "hi", "x", n=7, w=4))
print(f.format("{} {} {x.real}", 1, 2, x=3j))
print(list(string.Formatter().parse("a{{b}}{0.x[1]!s:^3}c{}")))
for bad in ["{", "}", "{0!}", "{0!r x}"]:
    try:
        string.Formatter().format(bad, 1)
    except ValueError as e:
        print("ValueError:", e)
try:
    string.Formatter().format("{} {1}", 1, 2)
except ValueError as e:
    print("ValueError:", e)

Point = NamedTuple("Point", [("x", int), ("y", float)])
p = Point(1, 2.5)
print(p, p._fields, Point.__annotations__ == {"x": int, "y": float}, p._replace(x=5))
Pair = NamedTuple("Pair", a=str, b=str)
print(Pair("l", "r"), Pair._fields)


class Base(TypedDict):
    id: int


class Item(Base, total=False):
    name: str
    price: float


it = Item(id=1, name="pen")
print(it, type(it) is dict, sorted(Item.__annotations__))
print(sorted(Item.__required_keys__), sorted(Item.__optional_keys__), Item.__total__, Base.__total__)
Movie = TypedDict("Movie", {"title": str, "year": int})
print(Movie(title="Up", year=2009), sorted(Movie.__required_keys__))
try:
    isinstance(it, Item)
except TypeError as e:
    print("TypeError:", e)
