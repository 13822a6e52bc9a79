lst = [3, 1, 4, 1, 5]
lst.append(9)
lst.extend([2, 6])
lst.insert(0, 0)
lst.insert(100, 99)
lst.insert(-1, 98)
print(lst)
print(lst.index(1), lst.index(1, 3), lst.count(1), lst.count(42))
try:
    lst.index(42)
except ValueError as e:
    print("ValueError:", e)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst)
try:
    lst.remove(42)
except ValueError as e:
    print("ValueError:", e)
lst.reverse()
print(lst)
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
c = lst.copy()
c.clear()
print(c, lst)
print([1, 2] + [3], [0] * 3, [[]] * 2, 3 in [1, 2, 3], [1, 2] == [1, 2], [1, 2] < [1, 3])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1][5]
except IndexError as e:
    print("IndexError:", e)
stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        stack.pop()
print("balanced" if not stack else "unbalanced")
x = [1, 2, 3]
y = x
y += [4]
print(x, x is y)
y = y + [5]
print(x, y)
print(list(range(5)), list("abc"), list((1, 2)), list({"k": 1}), len([None] * 7))
nums = [5, 2, 8]
print(sorted(nums), nums, max(nums), min(nums), sum(nums), nums[::-1])
a = [1, 2, 3, 4, 5, 6]
del a[1], a[2]
print(a)
a *= 2
print(a)
print([1, [2, 3]].__len__(), [3, 1, 2].__contains__(2), list.__name__)
try:
    [3, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
print(repr([1, "two", 3.0, None, [True]]), str(['a"b', "c'd"]))
