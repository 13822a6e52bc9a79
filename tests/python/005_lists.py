# Lists: mutation, indexing, slicing, aliasing.
xs = [3, 1, 4, 1, 5]
xs.append(9)
print(xs, len(xs), xs[0], xs[-1], xs[-2])
print(xs.pop(), xs.pop(0), xs)
xs.insert(1, 7)
print(xs, xs.index(4), xs.count(1))
ys = xs
ys.append(100)
print(xs is ys, xs)
zs = xs[:]
zs.append(-1)
print(len(xs), len(zs), xs[1:3], xs[::-1], xs[-2:])
print([1, 2] + [3], [0] * 4, [[0] * 2] * 2, [] == [], [1, [2, 3]])
xs.sort()
print(xs, sorted([5, 2, 8], reverse=True))
xs.reverse()
print(xs)
xs[0] = "first"
xs[-1] = "last"
del xs[1]
print(xs)
nested = [[1, 2], [3, 4]]
nested[1][0] = 30
print(nested, nested[1][0], len(nested[0]))
xs.remove("last")
xs.extend([8, 9])
xs += [10]
print(xs, 9 in xs)
m = []
m.append(m)
print(m)
