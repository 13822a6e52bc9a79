# aliasing, shallow vs deep copies (without copy module)
a = [1, [2, 3], {"k": [4]}]
b = a
c = a[:]
d = list(a)
e = [x[:] if isinstance(x, list) else dict(x) if isinstance(x, dict) else x for x in a]
a[0] = 100
a[1].append(99)
a[2]["k"].append(5)
print(b)
print(c)
print(d)
print(e)
print(b is a, c is a, c[1] is a[1], e[1] is a[1], e[2]["k"] is a[2]["k"])
def modify(lst, n):
    lst.append(n)
    n += 1
    lst = [n]
    return lst
orig = [1]
num = 10
new = modify(orig, num)
print(orig, num, new)
t = ([1], 2)
try:
    t[0] += [3]
except TypeError as err:
    print(type(err).__name__, err)
print(t)
s1 = "abc"
s2 = s1
s1 += "d"
print(s1, s2)
l1 = [1, 2]
l2 = l1
l1 += [3]
print(l1, l2, l1 is l2)
l1 = l1 + [4]
print(l1, l2, l1 is l2)
m = {"a": [1]}
m2 = dict(m)
m2["a"].append(2)
m2["b"] = 0
print(m, m2)
grid = [[0] * 3 for _ in range(2)]
alias = grid[0]
alias[1] = 7
print(grid)
def deep_copy(obj):
    if isinstance(obj, list):
        return [deep_copy(x) for x in obj]
    if isinstance(obj, dict):
        return {k: deep_copy(v) for k, v in obj.items()}
    return obj
dc = deep_copy(a)
dc[2]["k"].clear()
print(a[2], dc[2])
