xs = [5, 3, 8, 1]
xs.append(7)
xs.insert(0, 10)
xs.extend([2, 2])
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs)
xs.remove(2)
print(xs, xs.index(8), xs.count(2))
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
xs.reverse()
print(xs, sorted(xs, key=lambda v: -v))
ys = xs.copy()
ys[0] = 99
print(xs[0], ys[0])
del ys[1:3]
print(ys)
ys.clear()
print(ys, [0] * 4, [[1, 2]] + [[3]])
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].remove(5)
except ValueError as e:
    print(type(e).__name__, e)
