# list methods
a = [5, 3, 8, 1]
a.append(7)
a.extend([2, 9])
a.insert(0, 10)
a.insert(-1, 6)
print(a)
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(3)
print(a, a.index(7), a.count(3))
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a)
b = a.copy()
b.clear()
print(a, b)
words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
words.sort(key=lambda w: (len(w), w))
print(words)
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m)
bad = [[0] * 2] * 2
bad[0][0] = 1
print(bad)
x = [1, 2, 3, 4, 5, 6]
x[1:3] = ['a', 'b', 'c']
print(x)
del x[::2]
print(x)
x[::-1] = [1, 2, 3]
print(x)
print([1, 2] + [3], [0] * 4, [1, 2] < [1, 3], [1, 2] == [1, 2], [[1]] * 2)
try:
    [1, 2].index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    x[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
print(list(range(10))[-3:], list(range(10))[8:2:-2], list('abc'))
