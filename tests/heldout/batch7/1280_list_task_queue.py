tasks = []
tasks.append(("write report", 2))
tasks.extend([("email", 1), ("review", 3)])
tasks.insert(0, ("standup", 1))
tasks += [("deploy", 5)]
print(tasks, len(tasks))
print(tasks.index(("email", 1)), tasks.count(("email", 1)))
try:
    tasks.index(("lunch", 0))
except ValueError as e:
    print("ValueError:", e)
done = tasks.pop(0)
last = tasks.pop()
print(done, last, tasks)
tasks.remove(("email", 1))
try:
    tasks.remove(("email", 1))
except ValueError as e:
    print("ValueError:", e)
tasks.sort(key=lambda t: t[1], reverse=True)
print(tasks)
tasks.reverse()
print(tasks)
stack = []
for ch in "(a[b]{c}(d))":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        opener = stack.pop()
        print(opener + ch, end=" ")
print("| balanced:", not stack)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
bad = [[0] * 3] * 3
bad[1][1] = 5
print(grid, bad)
a = [3, 1, 2]
b = a
b.append(4)
c = a.copy()
c.append(5)
print(a, b is a, c, a == [3, 1, 2, 4])
print([1, 2] + [3], [0] * 4, [1, 2] * 0, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
nums = [5, 3, 8, 1]
print(sorted(nums), nums, nums.sort(), nums)
nums.clear()
print(nums, min([4, 2, 8]), max([[1, 2], [1, 3]]), sum([[1], [2]], []))
del a[1:3]
print(a, list("abc"), list(range(3, 0, -1)), [x for x in [None, 0, "", "x"] if x])
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
