from operator import itemgetter, attrgetter

people = [
    {"name": "Ann", "age": 31, "dept": "eng"},
    {"name": "bob", "age": 25, "dept": "ops"},
    {"name": "Cid", "age": 31, "dept": "eng"},
    {"name": "dee", "age": 22, "dept": "ops"},
    {"name": "Eve", "age": 25, "dept": "eng"},
]
print([p["name"] for p in sorted(people, key=itemgetter("age"))])
print([p["name"] for p in sorted(people, key=lambda p: (-p["age"], p["name"]))])
print([p["name"] for p in sorted(people, key=lambda p: p["name"])])
print([p["name"] for p in sorted(people, key=lambda p: p["name"].lower(), reverse=True)])
by_dept = sorted(people, key=itemgetter("dept", "age"))
print([(p["dept"], p["age"], p["name"]) for p in by_dept])
s = sorted(people, key=itemgetter("name"))
s.sort(key=itemgetter("age"), reverse=True)
print([p["name"] for p in s])


class Emp:
    def __init__(self, name, salary):
        self.name, self.salary = name, salary

    def __repr__(self):
        return self.name


emps = [Emp("x", 300), Emp("y", 100), Emp("z", 200)]
print(sorted(emps, key=attrgetter("salary")), max(emps, key=attrgetter("salary")), min(emps, key=lambda e: e.name))
words = ["banana", "Apple", "cherry", "apple", "fig", "Date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted([3, -1, -4, 2], key=abs), sorted([3, -1, -4, 2], key=lambda n: n * n, reverse=True))
print(sorted("hello world"), "".join(sorted("hello", reverse=True)), sorted({3: "c", 1: "a"}.items()))
nums = [5, 3, 8, 1]
nums.sort(key=lambda n: n % 3)
print(nums)
versions = ["1.10.0", "1.2.3", "1.2.10", "0.9"]
print(sorted(versions), sorted(versions, key=lambda v: tuple(map(int, v.split(".")))))
mixed = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(mixed), sorted(mixed, key=itemgetter(1)), sorted(mixed, key=itemgetter(0), reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted([]), sorted((), reverse=True), sorted(range(5), key=lambda i: -i))
import functools


def cmp(a, b):
    return (a > b) - (a < b) if a % 2 == b % 2 else (a % 2) - (b % 2)


print(sorted(range(10), key=functools.cmp_to_key(cmp)))
stable = sorted([("a", 2), ("b", 1), ("c", 2), ("d", 1)], key=lambda t: t[1])
print(stable)
print(sorted([0.5, -0.0, 0.0, -1], key=float), sorted([True, False, 2, 1]))
