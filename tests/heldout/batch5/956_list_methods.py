# list methods and behaviour
a = [5, 3, 8, 1]
a.append(7)
a.extend([2, 9])
a.insert(0, 0)
print(a, len(a))
print(a.pop(), a.pop(0), a)
a.remove(8)
print(a, a.index(7), a.count(3))
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a)
b = a.copy()
b[0] = 100
print(a[0], b[0])
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nested = [[0] * 2 for _ in range(2)]
nested[0][0] = 1
print(nested)
shared = [[0] * 2] * 2
shared[0][0] = 1
print(shared)
print([1, 2] + [3], [0] * 3, [1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
c = [1, 2, 3, 4, 5]
c[1:3] = ["a", "b", "c"]
print(c)
del c[::2]
print(c)
c.clear()
print(c)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(type(e).__name__, e)
x = [3, 1, 2]
x += (4, 5)
print(x, x * 0, list("abc"), list(range(3)))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
