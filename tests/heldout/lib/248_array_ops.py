import array
a = array.array("i", [1, 2, 3])
b = array.array("i", [4, 5])
print(a + b)
print(a * 2)
a += b
print(a)
print(3 in a, 10 in a)
print(sum(a), max(a), min(a))
print(sorted(array.array("i", [3, 1, 2])))
print(array.array("i", [1, 2]) == array.array("i", [1, 2]))
print(array.array("i", [1, 2]) < array.array("i", [1, 3]))
try:
    array.array("i", [1]) + array.array("d", [1.0])
except TypeError as e:
    print(type(e).__name__)
