grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
a = [1, 2, 3]
b = a
b += [4]
print(a)
c = a
c = c + [5]
print(a, c)
def f(lst):
    lst.append("x")
    lst = ["new"]
    return lst
orig = []
print(f(orig), orig)
t = ([1], 2)
try:
    t[0] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
