# sorted()/list.sort() with key= and reverse=, stability, min()/max() with
# key= and default=, and a TypeError from comparing str with int.

people = [("alice", 31), ("bob", 25), ("carol", 31), ("dave", 19)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))

words = ["banana", "Apple", "cherry", "date", "Elder"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))

nums = [5, -2, 9, -7, 0]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort()
print(nums)

print(min(nums), max(nums), min(nums, key=abs), max(nums, key=lambda n: n * n))
print(max("apple", "fig", "banana", key=len), min([], default="empty"), max([3], default=0))
print(max({"a": 3, "b": 7, "c": 5}.items(), key=lambda kv: kv[1]))
scores = {"ann": 88, "ben": 95, "cid": 70}
print(max(scores, key=scores.get), min(scores, key=lambda k: scores[k]))

class Task:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority
    def __repr__(self):
        return f"Task({self.name}, {self.priority})"

tasks = [Task("write", 2), Task("test", 1), Task("ship", 3), Task("plan", 1)]
print(sorted(tasks, key=lambda t: t.priority))
print(min(tasks, key=lambda t: t.priority), max(tasks, key=lambda t: t.priority))
tasks.sort(key=lambda t: t.name)
print([t.name for t in tasks])

def by_length_then_alpha(s):
    return (len(s), s)

print(sorted(["bb", "a", "ccc", "aa", "b"], key=by_length_then_alpha))
records = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([r["n"] for r in sorted(records, key=lambda r: r["v"])])

try:
    min([])
except ValueError as e:
    print("ValueError:", e)

mixed = [3, "two", 1]
print(sorted(mixed))
