def schedule(task, when, *, priority=0):
    return f"{task}@{when} p{priority}"


jobs = [("backup", "02:00"), ("report", "08:30")]
for j in jobs:
    print(schedule(*j, priority=1))
try:
    schedule("x")
except TypeError as e:
    print("TypeError:", e)
try:
    schedule("x", "y", 3)
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    handler = None
    handler()
except TypeError as e:
    print("TypeError:", e)
try:
    idx = "0"
    [1, 2][idx]
except TypeError as e:
    print("TypeError:", e)
print(schedule(task="cleanup", when="23:59"))
print(schedule("final", when="now", urgent=True))
