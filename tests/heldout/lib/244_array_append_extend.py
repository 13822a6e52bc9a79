import array
a = array.array("i")
a.append(5)
a.extend([6, 7, 8])
a.extend(array.array("i", [9]))
print(a)
print(a.tolist())
a.insert(0, 4)
print(a)
print(a.pop(), a.pop(0))
a.remove(7)
print(a)
print(a.index(6), a.count(6))
a.reverse()
print(a)
try:
    a.append(1.5)
except TypeError as e:
    print(type(e).__name__)
