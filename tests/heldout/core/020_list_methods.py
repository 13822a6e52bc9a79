a = [3, 1, 4, 1, 5]
a.append(9); print(a)
a.extend([2, 6]); print(a)
a.insert(1, 7); print(a)
a.insert(-1, 8); print(a)
a.insert(100, 0); print(a)
print(a.pop(), a.pop(0), a)
a.remove(1); print(a)
print(a.index(5), a.count(1))
a.reverse(); print(a)
a.sort(); print(a)
b = a.copy(); b.clear(); print(a, b)
try:
    a.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    a.index(42)
except ValueError as e:
    print(type(e).__name__, e)
print([1, 2] * 3, [0] * 0, [[]] * 2)
