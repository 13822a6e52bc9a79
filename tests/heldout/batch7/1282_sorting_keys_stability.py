people = [
    {"name": "ann", "dept": "eng", "age": 31, "salary": 120},
    {"name": "Bob", "dept": "ops", "age": 45, "salary": 90},
    {"name": "cy", "dept": "eng", "age": 25, "salary": 120},
    {"name": "Dee", "dept": "ops", "age": 31, "salary": 95},
    {"name": "eve", "dept": "hr", "age": 38, "salary": 70},
]
print([p["name"] for p in sorted(people, key=lambda p: p["age"])])
print([p["name"] for p in sorted(people, key=lambda p: p["name"])])
print([p["name"] for p in sorted(people, key=lambda p: p["name"].lower())])
print([p["name"] for p in sorted(people, key=lambda p: (-p["salary"], p["name"]))])
by_dept = sorted(people, key=lambda p: p["dept"])
print([(p["dept"], p["name"]) for p in by_dept])
two_pass = sorted(people, key=lambda p: p["age"])
two_pass = sorted(two_pass, key=lambda p: p["dept"], reverse=True)
print([(p["dept"], p["age"]) for p in two_pass])
words = "banana Apple cherry apple Banana date".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
nums = [10, -3, 7, -8, 0, 3]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
records.sort(key=lambda r: r[1])
print(records)
print(sorted("hello world"), "".join(sorted("sorting", reverse=True)))
print(sorted({"z": 1, "a": 2}), sorted({"z": 1, "a": 2}.items(), key=lambda kv: kv[1]))
versions = ["1.10", "1.2", "1.9", "2.0", "1.2.1"]
print(sorted(versions), sorted(versions, key=lambda v: [int(x) for x in v.split(".")]))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
print(sorted([]), sorted([1]), sorted((3, 1, 2)), sorted(range(5), key=lambda x: x % 2))
mixed = [2.5, 1, True, 0.5]
print(sorted(mixed))
files = ["file10.txt", "file2.txt", "File1.txt", "file1.txt"]
import_key = lambda s: [int(t) if t.isdigit() else t.lower() for t in __import__("re").split(r"(\d+)", s)]
print(sorted(files, key=import_key))
